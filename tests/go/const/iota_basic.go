// run
package main

import "fmt"

const (
	A = iota
	B
	C
)

const (
	X = iota * 10
	Y
	_
	Z
)

const Single = iota

func main() {
	fmt.Println(A, B, C, X, Y, Z, Single)
}
