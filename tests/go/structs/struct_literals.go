// run
package main

import "fmt"

type T struct {
	A int
	B string
	C []int
	D map[string]int
	E *T
	F float64
}

func main() {
	t1 := T{}
	t2 := T{A: 1, B: "b"}
	t3 := T{1, "x", []int{1}, map[string]int{"k": 1}, nil, 2.5}
	t4 := &T{E: &T{A: 9}}
	fmt.Printf("%+v\n%+v\n%+v\n", t1, t2, t3)
	fmt.Println(t4.E.A, t4.E.E == nil, t1.C == nil, t1.D == nil)
}
