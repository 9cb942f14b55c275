package main

import (
	"fmt"

	"example.com/addr/lib"
)

func main() {
	p := &lib.N
	*p = 4
	lib.N++
	lib.N += 2
	lib.Pt.X = 3
	q := &lib.Pt
	q.X++
	fmt.Println(lib.N, lib.F(), lib.Pt, lib.P{X: 1})
}
