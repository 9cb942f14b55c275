package main

// The cost of generics: the same work through generic functions (`generic`) and through
// their hand-instantiated twins (`hand`), chosen by the first argument. Both print the same
// line. Timed by bench/generics.sh.

import (
	"fmt"
	"os"
)

type Number interface {
	~int | ~int64 | ~float64
}

func SumG[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxG[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func MapG[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type StackG[T any] struct{ items []T }

func (s *StackG[T]) Push(x T) { s.items = append(s.items, x) }
func (s *StackG[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func SumI(xs []int) int {
	var s int
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxI(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func MapI(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type StackI struct{ items []int }

func (s *StackI) Push(x int) { s.items = append(s.items, x) }
func (s *StackI) Pop() int {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i * 7 % 1003
	}
	double := func(x int) int { return 2 * x }
	total := 0
	if len(os.Args) > 1 && os.Args[1] == "generic" {
		var st StackG[int]
		for r := 0; r < 10000; r++ {
			total += SumG(xs) + MaxG(xs) + MapG(xs, double)[r%1000]
			for i := 0; i < 100; i++ {
				st.Push(i)
			}
			for i := 0; i < 100; i++ {
				total += st.Pop()
			}
		}
	} else {
		var st StackI
		for r := 0; r < 10000; r++ {
			total += SumI(xs) + MaxI(xs) + MapI(xs, double)[r%1000]
			for i := 0; i < 100; i++ {
				st.Push(i)
			}
			for i := 0; i < 100; i++ {
				total += st.Pop()
			}
		}
	}
	fmt.Println(total)
}
