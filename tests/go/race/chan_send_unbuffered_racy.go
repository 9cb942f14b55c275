// run -race exit=66

// The write comes after the send, so the receive does not order it before main's read.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	go func() {
		ch <- 0
		x = 1
	}()
	<-ch
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
}
