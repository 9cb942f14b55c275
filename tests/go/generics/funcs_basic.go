// run
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stringer interface {
	String() string
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func Identity[T any](x T) T { return x }

func Map[T, R any](in []T, f func(T) R) []R {
	out := make([]R, 0, len(in))
	for _, v := range in {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](in []T, keep func(T) bool) []T {
	var out []T
	for _, v := range in {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](in []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range in {
		acc = f(acc, v)
	}
	return acc
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Join[T Stringer](xs []T, sep string) string {
	parts := Map(xs, func(x T) string { return x.String() })
	return strings.Join(parts, sep)
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func Ptr[T any](v T) *T { return &v }

func Count[T any](xs ...T) int { return len(xs) }

func Fact[T comparable](n int, x T) int {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1, x)
}

func main() {
	fmt.Println(Identity(42), Identity("hi"), Identity(2.5), Identity[int8](3))
	fmt.Printf("%T %T %T\n", Identity(1), Identity('x'), Identity(1.0))
	sq := Map([]int{1, 2, 3}, func(x int) int { return x * x })
	fmt.Println(sq)
	strs := Map(sq, func(x int) string { return fmt.Sprint("<", x, ">") })
	fmt.Println(strs, len(strs))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	sum := Reduce(evens, 0.5, func(a float64, x int) float64 { return a + float64(x) })
	fmt.Println(sum)
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1.5}, 2))
	ks := Keys(map[string]int{"x": 1, "y": 2, "z": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Join([]Celsius{1, 2.5, -3}, ", "))
	b, a := Swap(1, "one")
	fmt.Println(b, a)
	p := Ptr(7)
	*p++
	fmt.Println(*p)
	fmt.Println(Count(1, 2, 3), Count[string](), Count([]bool{true}...))
	fmt.Println(Fact(5, "x"))
	f := Identity[string]
	fmt.Printf("%s %T\n", f("value"), f)
	g := Map[int, int]
	fmt.Println(g([]int{4}, func(x int) int { return -x }))
}
