// errorcheck
package main

func main() {
	a := 1
	b := "x"
	_ = a + b // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	var f float64 = 2
	_ = a * f // ERROR "invalid operation: a \* f \(mismatched types int and float64\)"
}
