// errorcheck
// Compile errors: missing return and undefined name.
package main

import "fmt"

func sign(n int) string {
	if n > 0 {
		return "positive"
	} else if n < 0 {
		return "negative"
	}
} // ERROR "missing return"

func main() {
	fmt.Println(sign(3))
	fmt.Println(total) // ERROR "undefined: total"
}
