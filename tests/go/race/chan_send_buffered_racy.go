// run -race exit=66

// Buffered channel, write after the send: not ordered before main's read.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int, 3)
	go func() {
		ch <- 0
		x = 1
	}()
	<-ch
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
}
