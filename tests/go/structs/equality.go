// run
package main

import "fmt"

type Inner struct{ A, B int }
type Outer struct {
	In   Inner
	Name string
	F    float64
}

func main() {
	x := Outer{Inner{1, 2}, "n", 1.5}
	y := Outer{Inner{1, 2}, "n", 1.5}
	z := y
	z.In.B = 3
	fmt.Println(x == y, x == z, x != z)
	fmt.Println(struct{ a int }{1} == struct{ a int }{1})
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
}
