// errorcheck
package main

func f() int {
	return 1, 2 // ERROR "too many return values"
}

func g() (int, string) {
	return 1 // ERROR "not enough return values"
}

func main() { f(); g() }
