// run -race

// On an unbuffered channel the receive is synchronised before the send completes: main's
// write before its receive is visible to the goroutine after its send.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		ch <- 0
		fmt.Println(x)
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	x = 1
	<-ch
	<-done
}
