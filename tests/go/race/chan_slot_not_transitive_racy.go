// run -race exit=66

// A buffered channel of ints, capacity 1: send 1 is synchronised before receive 1, and
// receive 1 before send 2 completes, yet Go's detector does not chain them: each operation
// on a slot stores its own history from before the operation (TSan's ReleaseStoreAcquire),
// so send 2 acquires only receive 1's history and the first sender's write races with the
// second sender's read.
package main

import (
	"fmt"
	"time"
)

var y int

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		y = 1
		ch <- 1
	}()
	go func() {
		time.Sleep(200 * time.Millisecond)
		ch <- 2
		fmt.Println(y)
		done <- true
	}()
	time.Sleep(100 * time.Millisecond)
	<-ch
	<-done
}
