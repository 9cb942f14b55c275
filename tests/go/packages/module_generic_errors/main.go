package main

import (
	"fmt"

	"example.com/generr/lib"
)

func main() {
	var s lib.Stack
	f := lib.Map
	_, _ = s, f
	var x lib.Stack[int, int]
	_ = x
	fmt.Println(lib.Zero())
	fmt.Println(lib.Sum("a"))
	fmt.Println(lib.Sum[string]())
	fmt.Println(lib.Zero[int, int]())
}
