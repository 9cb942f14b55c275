// Package algo holds generic functions and constraints used from package main.
package algo

// Number is the constraint of the arithmetic helpers.
type Number interface {
	~int | ~int64 | ~float64
}

// Map applies f to every element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Sum adds the elements.
func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

// Merge fans in every channel into one, closed when all are drained.
func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	done := make(chan struct{})
	for _, c := range cs {
		go func(c <-chan T) {
			for v := range c {
				out <- v
			}
			done <- struct{}{}
		}(c)
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

// Pair is a generic struct.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}
