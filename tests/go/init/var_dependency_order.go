// run
package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

func f(name string) int {
	fmt.Println("init", name)
	return d + len(name)
}

func main() {
	fmt.Println(a, b, c, d)
}
