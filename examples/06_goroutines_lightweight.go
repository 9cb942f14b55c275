// run procs=1,4

// Concept: goroutines are lightweight threads.
//
// Notes (000):
//   "Goroutines are lightweight threads of execution used in Go to support
//    concurrency."
//   "Goroutines are easily created and destroyed at runtime, but threads have
//    a large setup and teardown costs"
//   "Creating a goroutine does not require much memory, only 2kB of stack
//    space."
// Notes (001):
//   "go routine are user space thread, create and manage by go runtime, not
//    the os lightweight compared to the os thread"
// Notes (002):
//   "Lightweight and cheaper than kernel threads"
//   "Smaller memory footprint. Initial memory is 2KB while kernel thread is 8KB"
//   "Faster creation, destruction, and context switches"
// Notes (003):
//   OS thread: "Fixed stack space (around 1MB)"; "disadvatanges: ...
//   memory consumption(dedicated memory for each thread stack)."
//   "Concurrency in Go: No thread primitives. Have own execution stack.
//    Variable stack space(starts at 2KB)"
//   "Goroutines: all the concurrency of a go program happens on virtual
//    thread based on OS threads. Lighter weight than os threads(2kb). ...
//    Less switching between threads because the gorutine is reused when
//    other threads are idle. Faster start-up times. Safe communication due
//    channels."
// Notes (004):
//   "Goroutines starts with 2kb of stack, which grows and shrinks as required."
//   "Low CPU Overhead: 3 instructions per function call."
//   "Can create hundreds of thousands of goroutines in the same address space."
//
// (Note: kernel thread stacks are usually measured in megabytes, e.g. 8 MB
// on Linux, not 8 KB.) The program starts 100,000 goroutines, and then runs
// a deep recursion inside one goroutine to show that its small initial stack
// grows on demand.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var sum int64
	var finished int64
	for i := 1; i <= n; i++ {
		wg.Add(1)
		go func(i int) { // creating a goroutine is cheap
			defer wg.Done()
			atomic.AddInt64(&sum, int64(i))
			atomic.AddInt64(&finished, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutines started and finished:", atomic.LoadInt64(&finished))
	fmt.Println("sum of 1..100000 computed by them:", atomic.LoadInt64(&sum))

	// The goroutine's stack starts small and grows as needed: 10,000 nested
	// calls need far more than 2 KB.
	result := make(chan int)
	go func() { result <- depth(10000) }()
	fmt.Println("recursion depth reached inside a goroutine:", <-result)
}
