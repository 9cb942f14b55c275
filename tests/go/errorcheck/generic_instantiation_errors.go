// errorcheck
package main

import "fmt"

type Number interface {
	~int | ~int64 | float64
}

type Shower interface{ Show() string }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Eq[T comparable](a, b T) bool { return a == b }
func Show[T Shower](x T) string  { return x.Show() }
func Zero[T any]() T              { var z T; return z }
func Pair[A, B any](a A, b B)     {}

func main() {
	fmt.Println(Sum([]string{"a"})) // ERROR col=17 "string does not implement Number \(string missing in ~int \| ~int64 \| float64\)"
	fmt.Println(Eq([]int{1}, nil))  // ERROR col=16 "\[\]int does not implement comparable"
	fmt.Println(Show(3))            // ERROR col=18 "int does not implement Shower \(missing Show method\)"
	fmt.Println(Zero())             // ERROR col=18 "cannot infer T"
	f := Zero                       // ERROR col=7 "cannot use generic function Zero without instantiation"
	Pair(1)                         // ERROR "not enough arguments in call to Pair"
	Sum[float32](nil)               // ERROR col=6 "float32 does not implement Number"
	fmt.Println(Eq(1, 2.5))         // ERROR col=20 "default type float64 of 2.5 does not match inferred type int for T"
	_ = f
}
