// errorcheck

// Indexing what is not generic or not indexable, and values used as types: gc's texts at
// gc's positions (an index expression is reported at its `[`).
package main

import "fmt"

type S struct{}

const k = 2

func f() {}

func main() {
	x := 3
	var a int[string]       // ERROR col=8 "int is not a generic type"
	var b S[int]            // ERROR col=8 "S is not a generic type"
	var c fmt.Stringer[int] // ERROR col=8 "fmt.Stringer is not a generic type"
	var d nope[int]         // ERROR col=8 "undefined: nope"
	e := f[int]             // ERROR col=8 "invalid operation: cannot index f \(value of type func\(\)\)"
	_ = x[0]                // ERROR col=7 "invalid operation: cannot index x \(variable of type int\)"
	_ = (x)[1]              // ERROR col=9 "invalid operation: cannot index \(x\) \(variable of type int\)"
	var g x                 // ERROR col=8 "x \(variable of type int\) is not a type"
	var h k                 // ERROR col=8 "k \(untyped int constant 2\) is not a type"
	var i f                 // ERROR col=8 "f \(value of type func\(\)\) is not a type"
	fmt.Println(a, b, c, d, e, g, h, i)
}
