// run
package main

import "fmt"

func main() {
	println("builtin println goes to stderr", 1, true, 2.5)
	print("print builtin", 3, "\n")
	fmt.Println("fmt goes to stdout")
	var f float64 = 100
	println(f, int8(-5), uint(7), "s")
	println()
}
