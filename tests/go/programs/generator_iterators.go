// run
// Generator patterns: channel-based generators with done channels, closure iterators, take/filter/map chains.
package main

import (
	"fmt"
	"strings"
)

func count(done <-chan struct{}, start, step int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := start; ; i += step {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func take(done <-chan struct{}, in <-chan int, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				out <- v
			case <-done:
				return
			}
		}
	}()
	return out
}

type Iter func() (int, bool)

func sliceIter(s []int) Iter {
	i := 0
	return func() (int, bool) {
		if i >= len(s) {
			return 0, false
		}
		i++
		return s[i-1], true
	}
}

func (it Iter) Map(f func(int) int) Iter {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func (it Iter) Filter(p func(int) bool) Iter {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok || p(v) {
				return v, ok
			}
		}
	}
}

func (it Iter) Collect() []int {
	var out []int
	for v, ok := it(); ok; v, ok = it() {
		out = append(out, v)
	}
	return out
}

func collatz(n int) func() (int, bool) {
	done := false
	return func() (int, bool) {
		if done {
			return 0, false
		}
		cur := n
		if n == 1 {
			done = true
		} else if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		return cur, true
	}
}

func main() {
	done := make(chan struct{})
	var parts []string
	for v := range take(done, count(done, 10, 5), 6) {
		parts = append(parts, fmt.Sprint(v))
	}
	close(done)
	fmt.Println(strings.Join(parts, ","))
	sq := sliceIter([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}).
		Filter(func(x int) bool { return x%3 != 0 }).
		Map(func(x int) int { return x * x }).
		Collect()
	fmt.Println(sq)
	next := collatz(27)
	steps, peak := 0, 0
	for v, ok := next(); ok; v, ok = next() {
		steps++
		if v > peak {
			peak = v
		}
	}
	fmt.Println("collatz(27):", steps, "values, peak", peak)
}
