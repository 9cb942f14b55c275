// errorcheck
package main

func f() {}

func f() {} // ERROR "f redeclared in this block"

func main() {
	var x int
	var x string // ERROR "x redeclared in this block"
	_ = x
}
