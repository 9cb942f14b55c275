// errorcheck
package main

import "fmt"

func main() {
	var s string
	x := 5
	s = x // ERROR "cannot use x \(variable of type int\) as (type string|string value) in assignment"
	fmt.Println(s)
}
