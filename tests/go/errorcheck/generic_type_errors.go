// errorcheck
package main

type Stack[T any] struct{ items []T }

type Number interface{ ~int | ~float64 }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var s Stack                  // ERROR col=8 "cannot use generic type Stack\[T any\] without instantiation"
	var n Number                 // ERROR col=8 "cannot use type Number outside a type constraint: interface contains type constraints"
	var p Stack[int, string]     // ERROR col=8 "got 2 arguments but 1 type parameters"
	var q Pair[[]int, string]    // ERROR col=13 "\[\]int does not implement comparable"
	_, _, _, _ = s, n, p, q
}
