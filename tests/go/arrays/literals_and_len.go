// run
package main

import "fmt"

func main() {
	a := [...]string{"x", "y", "z"}
	b := [5]int{1, 2}
	c := [5]int{4: 9, 1: 3}
	d := [...]int{5: 1, 2}
	var e [0]int
	fmt.Println(a, len(a), b, c, d, len(d), e, len(e))
	fmt.Printf("%T %T\n", a, d)
}
