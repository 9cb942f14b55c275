// run -race exit=66

// Signal is not a synchronisation of Go's detector: the signaller writes x outside the lock
// and the woken waiter's read races with it (Wait's relock only acquires earlier Unlocks).
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu   sync.Mutex
	cond = sync.NewCond(&mu)
	x    int
)

func main() {
	done := make(chan bool)
	go func() {
		time.Sleep(100 * time.Millisecond)
		x = 1
		cond.Signal()
		<-done
	}()
	mu.Lock()
	cond.Wait()
	fmt.Println(x)
	mu.Unlock()
	done <- true
}
