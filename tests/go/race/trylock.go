// run -race

// A successful TryLock is a Lock: the earlier Unlock is synchronised before it.
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
	go func() {
		mu.Lock()
		x = 1
		mu.Unlock()
	}()
	time.Sleep(100 * time.Millisecond)
	if mu.TryLock() {
		fmt.Println(x)
		mu.Unlock()
	}
}
