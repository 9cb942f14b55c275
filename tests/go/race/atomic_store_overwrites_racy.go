// run -race exit=66

// An atomic store releases only its own goroutine's history and replaces what earlier
// stores released: main's load observes the second store, which does not carry the first
// storer's write.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var (
	x    int
	flag int64
)

func main() {
	go func() {
		x = 1
		atomic.StoreInt64(&flag, 1)
	}()
	time.Sleep(100 * time.Millisecond)
	go func() {
		atomic.StoreInt64(&flag, 2)
	}()
	time.Sleep(100 * time.Millisecond)
	if atomic.LoadInt64(&flag) == 2 {
		fmt.Println(x)
	}
}
