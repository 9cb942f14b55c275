// run -race exit=66

// An atomic store in a goroutine and a later plain read in main race.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var n int64

func main() {
	go func() {
		atomic.StoreInt64(&n, 1)
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(n)
}
