// errorcheck
// gc stops after 10 errors, and types2 reports a function's unused variables only after the
// rest of its body, so with 10 other errors the unused variable is never reported and all 10
// others are (sorted by position).
package main

func main() {
	unused := 0
	var a int = "a" // ERROR "cannot use"
	var b int = "b" // ERROR "cannot use"
	var c int = "c" // ERROR "cannot use"
	var d int = "d" // ERROR "cannot use"
	var e int = "e" // ERROR "cannot use"
	var f int = "f" // ERROR "cannot use"
	var g int = "g" // ERROR "cannot use"
	var h int = "h" // ERROR "cannot use"
	var i int = "i" // ERROR "cannot use"
	var j int = "j" // ERROR "cannot use"
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j
}
