// run -race exit=66

// Two readers that write under RLock: RUnlock is not synchronised before another RLock, so
// the writes race.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	rw sync.RWMutex
	n  int
)

func main() {
	go func() {
		rw.RLock()
		n = 1
		rw.RUnlock()
	}()
	time.Sleep(100 * time.Millisecond)
	rw.RLock()
	n = 2
	rw.RUnlock()
	fmt.Println(n)
}
