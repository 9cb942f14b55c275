// errorcheck
package main

func main() {
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
}
