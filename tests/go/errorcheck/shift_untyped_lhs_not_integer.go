// errorcheck
package main

import "fmt"

func fl(f float64) float64 { return f }

func main() {
	var s uint = 2
	var f float64 = 1 << s // ERROR "1 << s \(shift of type float64\)|shifted operand 1 \(type float64\) must be integer"
	fmt.Println(fl(1<<s), f) // ERROR "1 << s \(shift of type float64\)|shifted operand 1 \(type float64\) must be integer"
	var g = 2.0 << s         // ERROR "2.0 << s \(shift of type float64\)|shifted operand 2.0 \(type float64\) must be integer"
	fmt.Println(g, float32(1<<s)) // ERROR "1 << s \(shift of type float32\)|shifted operand 1 \(type float32\) must be integer"
	fmt.Println(1.0<<s == 8)      // ERROR "1.0 << s \(shift of type float64\)|shifted operand 1.0 \(type float64\) must be integer"
}
