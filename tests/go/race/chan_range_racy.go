// run -race exit=66

// `range` over a channel: a write after the close is not ordered before the read that
// follows the loop.
package main

import (
	"fmt"
	"time"
)

var y int

func main() {
	nums := make(chan int, 2)
	go func() {
		nums <- 1
		nums <- 2
		close(nums)
		y = 3
	}()
	sum := 0
	for n := range nums {
		sum += n
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println(sum, y)
}
