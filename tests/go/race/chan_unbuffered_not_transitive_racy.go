// run -race exit=66

// Two pairs meet on one unbuffered channel: the second receiver learns the second
// sender's history only, not the first pair's (each side stores its own history, TSan's
// ReleaseStore), so the first sender's write races with the second receiver's read.
package main

import (
	"fmt"
	"time"
)

var y int

func main() {
	ch := make(chan int)
	go func() {
		y = 1
		ch <- 1
	}()
	go func() {
		<-ch
	}()
	time.Sleep(100 * time.Millisecond)
	go func() {
		ch <- 2
	}()
	<-ch
	fmt.Println(y)
}
