// run
package main

import "fmt"

type A struct{ X, Z int }
type B struct {
	A
	X int
}
type C struct {
	B
	Y int
}

func main() {
	c := C{B{A{1, 5}, 2}, 3}
	fmt.Println(c.X, c.B.X, c.A.X, c.B.A.X, c.Z, c.Y)
	c.X = 20
	c.A.X = 10
	fmt.Printf("%+v\n", c)
}
