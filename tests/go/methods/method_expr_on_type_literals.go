// run
package main

import "fmt"

type T struct{ s string }

func (t T) m2() string   { return "m2 " + t.s }
func (t *T) m(x string) { t.s = x }

type I interface{ m(string) }

func main() {
	t := &T{"a"}
	f := interface{ m(string) }.m
	f(t, "b")
	fmt.Println(t.s)
	g := struct{ T }.m2
	fmt.Println(g(struct{ T }{T{"c"}}))
	h := (*struct{ T }).m
	v := struct{ T }{T{"d"}}
	h(&v, "e")
	fmt.Println(v.s)
	var i I = t
	I.m(i, "z")
	fmt.Println(t.s)
}
