// run -race

// sync/atomic: a write before AddInt64 is visible to a goroutine whose LoadInt64 observes
// the add (atomics are synchronising operations).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var (
	data  int
	ready int64
)

func main() {
	go func() {
		data = 42
		atomic.AddInt64(&ready, 1)
	}()
	for atomic.LoadInt64(&ready) == 0 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(data)
}
