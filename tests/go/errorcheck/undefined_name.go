// errorcheck
package main

import "fmt"

func main() {
	fmt.Println(y) // ERROR "undefined: y"
}
