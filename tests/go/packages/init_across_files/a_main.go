package main

import "fmt"

// Initialised after total (in b_vars.go), which it uses.
var report = describe()

func init() {
	fmt.Println("init in a_main.go, report:", report)
}

func main() {
	s := NewShelf("books")
	s.Put("go", 2)
	s.Put("rust", 1)
	fmt.Println(s)
	fmt.Println("total:", total, "count:", count)
	s.Take("python")
}
