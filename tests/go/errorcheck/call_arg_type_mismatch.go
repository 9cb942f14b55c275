// errorcheck
package main

func f(s string) {}

func main() {
	f(42) // ERROR "cannot use 42 \(untyped int constant\) as string value in argument to f"
}
