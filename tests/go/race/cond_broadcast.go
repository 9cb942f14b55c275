// run -race

// Broadcast wakes every waiter; each relocks the mutex and reads what was written under it.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu    sync.Mutex
	cond  = sync.NewCond(&mu)
	ready bool
	x     int
)

func main() {
	var wg sync.WaitGroup
	got := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			got[i] = x
			mu.Unlock()
		}(i)
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	x = 7
	ready = true
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	fmt.Println(got)
}
