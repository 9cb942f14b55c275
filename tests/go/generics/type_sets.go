// run
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Scale[T Number](xs []T, f T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x*f + 1
	}
	return out
}

func Conv[T, U Number](x T) U { return U(x) }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v)
	case string:
		return "string " + v
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2}), Sum([]MyInt{4, 5}))
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1.0))
	fmt.Println(Scale([]float64{1, 2}, 2.5), Scale([]int{1, 2}, 3))
	fmt.Println(Conv[int, float64](3), Conv[float64, int](3.9))
	fmt.Println(Describe(1), Describe("s"), Describe(2.5))
	fmt.Printf("%T\n", Sum([]MyInt{1}))
}
