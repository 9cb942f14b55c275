package main

import "fmt"

func a() any {
	type P struct{ X int }
	return P{1}
}

func b() any {
	type P struct{ Y, Z string }
	return P{"s", "t"}
}

type Node struct {
	next *Node
	v    int
}

type (
	A struct {
		b *B
		n int
	}
	B struct {
		a *A
		s string
	}
)

var i any

func get() *A { return i.(*A) }

// identity.in: types declared in different inputs keep their identities.
func main() {
	fmt.Println(a())
	fmt.Println(b())
	fmt.Printf("%+v %+v\n", a(), b())
	n := &Node{v: 1}
	n.next = &Node{v: 2}
	fmt.Println(n.next.v)
	x := &A{n: 1}
	x.b = &B{a: x, s: "b"}
	i = x
	fmt.Println(get().b.a.n)
	y, ok := i.(*A)
	fmt.Println(ok)
	fmt.Println(y.b.s)
}
