// run -race

// Cond: Signal wakes the waiter, which relocks the mutex the signaller wrote under.
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
	go func() {
		time.Sleep(50 * time.Millisecond)
		mu.Lock()
		x = 1
		ready = true
		mu.Unlock()
		cond.Signal()
	}()
	mu.Lock()
	for !ready {
		cond.Wait()
	}
	fmt.Println(x)
	mu.Unlock()
}
