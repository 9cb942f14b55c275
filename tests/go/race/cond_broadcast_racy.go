// run -race exit=66

// The broadcaster writes x after Broadcast, outside the lock: the woken waiter's read
// races with it.
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
		mu.Lock()
		cond.Wait()
		mu.Unlock()
		time.Sleep(200 * time.Millisecond)
		fmt.Println(x)
		done <- true
	}()
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	cond.Broadcast()
	mu.Unlock()
	x = 1
	<-done
}
