// errorcheck
package main

func f(a, b int) int { return a + b }

func main() {
	_ = f(1)       // ERROR "not enough arguments in call to f"
	_ = f(1, 2, 3) // ERROR "too many arguments in call to f"
}
