// run
package main

import "fmt"

type S struct {
	A int
	B *S
}

func main() {
	s := &S{1, nil}
	fmt.Println(s)
	fmt.Printf("%v %+v\n", s, s)
	ss := []S{{1, nil}}
	fmt.Println(ss)
	a := &[2]int{1, 2}
	fmt.Println(a)
	sl := &[]string{"x"}
	fmt.Println(sl)
	m := &map[string]int{"a": 1}
	fmt.Println(m)
	var np *S
	fmt.Println(np)
	fmt.Printf("%v %+v %s\n", np, np, np)
	pp := &s
	fmt.Println(pp != nil, *pp == s)
}
