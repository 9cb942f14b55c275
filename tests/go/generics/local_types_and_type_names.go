// run

// Generic types declared inside a (non-generic) function, and %T of instances whose type
// arguments are named, pointer, composite and function types: package-qualified, as reflect
// spells them.
package main

import (
	"fmt"
	"time"
)

type T int
type Box[E any] []E
type P[K comparable, V any] struct {
	k K
	v V
}

func main() {
	type Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	p := Pair[string, int]{"a", 1}
	q := Pair[int, []string]{Key: 2, Val: []string{"x"}}
	fmt.Printf("%v %+v %T %T\n", p, q, p, q)
	type List[E any] struct {
		head E
		next *List[E]
	}
	l := &List[int]{1, &List[int]{2, nil}}
	fmt.Println(l.head, l.next.head, l.next.next == nil)
	fmt.Printf("%T\n", l)

	fmt.Printf("%T\n", Box[T]{})
	fmt.Printf("%T\n", Box[*T]{})
	fmt.Printf("%T\n", Box[[]map[string]T]{})
	fmt.Printf("%T\n", Box[time.Duration]{})
	fmt.Printf("%T\n", P[T, Box[T]]{})
	fmt.Printf("%T\n", Box[struct{ A T }]{})
	fmt.Printf("%T\n", Box[func(T) error]{})
	fmt.Printf("%T\n", Box[chan<- P[string, T]]{})
	fmt.Printf("%v %+v\n", P[T, Box[T]]{}, P[string, T]{"x", 3})
}
