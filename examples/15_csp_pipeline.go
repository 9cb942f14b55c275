// run procs=1,4

// Concept: CSP - designing the program as communicating independent
// processes whose outcome is always the same.
//
// Notes (001):
//   "Concurrency in Go is the ability for functions to run independent of
//    each other."
//   "CSP is a message-passing model that works by communicating data between
//    goroutines instead of locking data to synchronize access."
//   "Design your program as a collection of independent process
//    Design these process to eventually run in parallel
//    Design your code so the outcome alway the same(dequential or parallel)"
//
// A pipeline: generate -> square (3 workers in parallel) -> sum. No data is
// shared; values flow through channels. The result equals the sequential
// computation, whatever GOMAXPROCS is.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

func generate(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

// merge fans in several channels into one.
func merge(ins ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func(in <-chan int) {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func concurrentSquares(n int) []int {
	src := generate(n)
	var results []int
	for v := range merge(square(src), square(src), square(src)) {
		results = append(results, v)
	}
	sort.Ints(results) // arrival order depends on scheduling; the set does not
	return results
}

func sequentialSquares(n int) []int {
	var results []int
	for i := 1; i <= n; i++ {
		results = append(results, i*i)
	}
	return results
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func main() {
	want := sequentialSquares(10)
	fmt.Println("sequential:", want)
	for _, procs := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(procs)
		got := concurrentSquares(10)
		runtime.GOMAXPROCS(prev)
		fmt.Printf("concurrent with GOMAXPROCS=%d: %v same=%v\n", procs, got, equal(got, want))
	}
}
