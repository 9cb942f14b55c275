// run -race

// A `select` receive case: the send is synchronised before it completes, and on an
// unbuffered channel the receive is synchronised before the send completes.
package main

import (
	"fmt"
	"time"
)

var x, y int

func main() {
	ch := make(chan int)
	never := make(chan int)
	done := make(chan bool)
	go func() {
		x = 1
		ch <- 0
		fmt.Println(y)
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	y = 2
	select {
	case <-ch:
	case <-never:
	}
	<-done
	fmt.Println(x)
}
