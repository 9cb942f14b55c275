// run -race exit=66

// `close` is a write of the channel and a send a read of it: an unsynchronised close after
// a send races with it (the buffered send does not block).
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		ch <- 1
	}()
	time.Sleep(100 * time.Millisecond)
	close(ch)
	fmt.Println(<-ch)
}
