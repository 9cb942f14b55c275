// errorcheck
// Compile errors: mismatched types in binary op, wrong argument type, assigning string to int.
package main

import "fmt"

func double(n int) int { return n * 2 }

func main() {
	var a int = 5
	var b float64 = 2.5
	fmt.Println(a + b) // ERROR "invalid operation: a \+ b \(mismatched types int and float64\)"
	var s string = "7"
	fmt.Println(double(s)) // ERROR "cannot use s \(variable of type string\) as (type )?int( value)? in argument to double"
	a = "text" // ERROR "cannot use \"text\" \(untyped string constant\) as int value in assignment"
}
