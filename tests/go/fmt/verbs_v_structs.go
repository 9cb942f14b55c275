// run
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface interface{}
	f     float64
}

func main() {
	o := Outer{"o", Inner{1, "x"}, nil, []int{1, 2}, map[string]int{"k": 1}, Inner{3, "z"}, 1.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	var empty Outer
	fmt.Printf("%v\n%+v\n", empty, empty)
	fmt.Println(&Inner{4, "p"})
	fmt.Printf("%+v\n", &Inner{5, "q"})
	pp := &o.In
	fmt.Printf("%v\n", []*int{nil})
	_ = pp
}
