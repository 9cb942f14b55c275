// errorcheck
package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func main() { f(1) }
