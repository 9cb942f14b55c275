// run
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[T]) Get() T   { return b.v }

type Named struct {
	Box[string]
	n int
}

type Getter[T any] interface{ Get() T }

func Show[T any](g Getter[T]) T { return g.Get() }

func main() {
	b := &Box[int]{}
	set := b.Set
	set(5)
	fmt.Println(b.Get(), Box[int].Get(*b))
	var n Named
	n.Set("emb")
	fmt.Println(n.Get(), n.v)
	fmt.Println(Show[int](b))
	var g Getter[string] = n
	fmt.Printf("%v %T\n", g.Get(), g)
}
