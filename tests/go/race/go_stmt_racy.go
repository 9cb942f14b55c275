// run -race exit=66

// A write after the `go` statement is not ordered with the goroutine's read: the goroutine
// reads first (main sleeps), main's later write races with it.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	go func() {
		fmt.Println(x)
	}()
	time.Sleep(100 * time.Millisecond)
	x = 1
	fmt.Println("done")
}
