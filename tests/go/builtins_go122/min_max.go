// run go1.22
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(2.5, 1))
	fmt.Println(min("b", "a", "c"), max("b", "a", "c"))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y, 10))
	var f float64 = min(1, 2.5)
	fmt.Println(f)
}
