// run -race exit=66

// Two atomic loads of the same word do not synchronise with each other (a load only
// acquires): the first loader's earlier write races with the second loader's read.
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
		atomic.LoadInt64(&flag)
	}()
	time.Sleep(100 * time.Millisecond)
	atomic.LoadInt64(&flag)
	fmt.Println(x)
}
