// run procs=1,4
package main

import (
	"fmt"
	"sort"
	"sync"
)

// Merge fans several channels into one.
func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// Generate sends the values on a new channel.
func Generate[T any](vals ...T) <-chan T {
	c := make(chan T, len(vals))
	for _, v := range vals {
		c <- v
	}
	close(c)
	return c
}

// Parallel applies f to every element on its own goroutine, keeping the order.
func Parallel[T, R any](in []T, f func(T) R) []R {
	out := make([]R, len(in))
	var wg sync.WaitGroup
	for i, v := range in {
		wg.Add(1)
		go func(i int, v T) {
			defer wg.Done()
			out[i] = f(v)
		}(i, v)
	}
	wg.Wait()
	return out
}

// Stage is one step of a pipeline.
func Stage[T, R any](in <-chan T, f func(T) R) <-chan R {
	out := make(chan R)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func SortedKeys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
	return keys
}

func main() {
	merged := Collect(Merge(Generate(1, 2, 3), Generate(10, 20), Generate[int]()))
	sort.Ints(merged)
	fmt.Println(merged)

	words := Collect(Merge(Generate("a", "b"), Generate("c")))
	sort.Strings(words)
	fmt.Println(words)

	lens := Parallel([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(lens)

	squares := Collect(Stage(Stage(Generate(1, 2, 3, 4), func(x int) int { return x * x }),
		func(x int) string { return fmt.Sprintf("#%d", x) }))
	fmt.Println(squares)

	m := map[string]float64{"pi": 3.14, "e": 2.72, "phi": 1.62}
	fmt.Println(SortedKeys(m, func(a, b string) bool { return a < b }))
	byValue := SortedKeys(m, func(a, b string) bool { return m[a] < m[b] })
	fmt.Println(byValue)
}
