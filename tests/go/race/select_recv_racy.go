// run -race exit=66

// A `select` receive case on a buffered channel: the receive does not order main's earlier
// write before the goroutine's read after its (already completed) send.
package main

import (
	"fmt"
	"time"
)

var y int

func main() {
	ch := make(chan int, 1)
	never := make(chan int)
	done := make(chan bool)
	go func() {
		ch <- 0
		time.Sleep(200 * time.Millisecond)
		fmt.Println(y)
		done <- true
	}()
	time.Sleep(100 * time.Millisecond)
	y = 2
	select {
	case <-ch:
	case <-never:
	}
	<-done
}
