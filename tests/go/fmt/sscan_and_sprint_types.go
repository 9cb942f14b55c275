// run
package main

import "fmt"

func main() {
	var a int
	var b string
	var c float64
	n, err := fmt.Sscan("12 word 3.5", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	var x, y int
	n, err = fmt.Sscanf("7-8", "%d-%d", &x, &y)
	fmt.Println(n, err, x, y)
}
