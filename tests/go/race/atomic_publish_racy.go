// run -race exit=66

// The write follows the AddInt64, so the LoadInt64 that observes the add does not order it.
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
		atomic.AddInt64(&ready, 1)
		data = 42
	}()
	for atomic.LoadInt64(&ready) == 0 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println(data)
}
