// run -race

// Non-blocking `select` (with `default`): a send and a receive that succeed synchronise
// like plain ones; a poll that takes `default` waits and tries again.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int, 1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		x = 1
		select {
		case ch <- 0:
		default:
			fmt.Println("full")
		}
	}()
	for {
		select {
		case <-ch:
			fmt.Println(x)
			return
		default:
			time.Sleep(10 * time.Millisecond)
		}
	}
}
