// run -race exit=66

// Goroutine exit synchronises with nothing: the goroutine has long finished reading x, yet
// main's later write races with that read.
package main

import (
	"fmt"
	"time"
)

var x = 7

func main() {
	go func() {
		if x == 7 {
			fmt.Println("seen")
		}
	}()
	time.Sleep(100 * time.Millisecond)
	x = 8
	fmt.Println(x)
}
