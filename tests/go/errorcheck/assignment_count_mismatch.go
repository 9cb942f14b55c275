// errorcheck
package main

func two() (int, int) { return 1, 2 }

func main() {
	a := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var b, c, d = 1, 2 // ERROR "assignment mismatch: 3 variables but 2 values|missing init expr for d"
	_, _, _, _ = a, b, c, d
}
