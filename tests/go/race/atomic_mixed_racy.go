// run -race exit=66

// A plain increment and a later atomic add of the same variable race (an atomic operation
// is an access too; Go's stack for it shows only sync/atomic frames). Atomic operations
// never race with each other.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var n, m int64

func main() {
	go func() {
		n++
		atomic.AddInt64(&m, 1)
	}()
	time.Sleep(100 * time.Millisecond)
	atomic.AddInt64(&n, 1)
	atomic.AddInt64(&m, 1)
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadInt64(&m))
}
