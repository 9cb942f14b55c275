// run exit=2
package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Apply[T, R any](xs []T, f func(T) R) []R {
	var out []R
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	s := &Stack[string]{items: []string{"a"}}
	fmt.Println(s.Pop())
	fmt.Println(Apply([]int{1, 2}, func(x int) string { return s.Pop() }))
}
