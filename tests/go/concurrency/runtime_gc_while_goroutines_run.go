// run procs=1,4
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// runtime.GC() called from several goroutines while others allocate, wait on channels or
// sleep in a mutex: every collection must stop them all and keep every live value intact.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make([][]int, 8)
	gate := make(chan struct{})
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			<-gate
			var keep []int
			for i := 0; i < 2000; i++ {
				keep = append(keep, i*w)
				_ = make([]byte, 64)
				if i%500 == 0 {
					runtime.GC()
				}
			}
			mu.Lock()
			results[w] = keep
			mu.Unlock()
		}(w)
	}
	runtime.GC()
	close(gate)
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	wg.Wait()
	runtime.GC()
	sum := 0
	for _, r := range results {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
