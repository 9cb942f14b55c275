// errorcheck
// A pointer receiver through an alias of a pointer type is a pointer to a pointer.
package main

type T struct{}
type P = *T
type Q = P

func (*P) M() {} // ERROR "invalid receiver type \*\*T"

func (*Q) N() {} // ERROR "invalid receiver type \*\*T"

func (P) Ok() {}

func main() {
	var t T
	t.Ok()
}
