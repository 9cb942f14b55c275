// run
package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	double := func(x int) int { return x * 2 }
	fmt.Println(mapInts([]int{1, 2, 3}, double))
	fmt.Println(compose(double, adder(1))(5), compose(adder(1), double)(5))
	fmt.Println(func(a, b int) int { return a * b }(6, 7))
}
