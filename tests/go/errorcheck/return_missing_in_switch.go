// errorcheck
package main

func f(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func main() { f(1) }
