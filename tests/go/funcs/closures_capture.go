// run
package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	x := 1
	f := func() { x *= 10 }
	f()
	f()
	fmt.Println(x)
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * j })
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
