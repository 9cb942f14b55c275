// run -race exit=66

// A failed TryLock synchronises with nothing: reading x after it races with the holder's
// write.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu sync.Mutex
	x  int
)

func main() {
	done := make(chan bool)
	go func() {
		mu.Lock()
		x = 1
		time.Sleep(200 * time.Millisecond)
		mu.Unlock()
		done <- true
	}()
	time.Sleep(100 * time.Millisecond)
	if !mu.TryLock() {
		fmt.Println("busy", x)
	}
	<-done
}
