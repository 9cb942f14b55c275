// errorcheck
package main

func f() int {
	return "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in return statement"
}

func main() { f() }
