// run -race exit=66

// Taking the `default` branch synchronises with nothing: main reads x after a failed poll
// while the goroutine wrote it without any channel operation.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	go func() {
		x = 1
	}()
	time.Sleep(100 * time.Millisecond)
	select {
	case <-ch:
	default:
		fmt.Println(x)
	}
}
