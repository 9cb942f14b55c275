// run -race exit=66

// The write follows the `select` send: not ordered before main's read.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	never := make(chan int)
	go func() {
		select {
		case ch <- 0:
		case <-never:
		}
		x = 1
	}()
	<-ch
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
}
