// run -race exit=66

// Two goroutines lock two different mutexes: no Unlock is synchronised before the other's
// Lock, so the increments race.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu1, mu2 sync.Mutex
	counter  int
)

func main() {
	go func() {
		mu1.Lock()
		counter++
		mu1.Unlock()
	}()
	time.Sleep(100 * time.Millisecond)
	mu2.Lock()
	counter++
	mu2.Unlock()
	fmt.Println(counter)
}
