// run -race exit=66

// On a buffered channel the receive is NOT synchronised before the send completes: the
// send returns at once, so main's write before its receive races with the goroutine's read.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		ch <- 0
		time.Sleep(200 * time.Millisecond)
		fmt.Println(x)
		done <- true
	}()
	time.Sleep(100 * time.Millisecond)
	x = 1
	<-ch
	<-done
}
