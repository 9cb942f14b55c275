// run -race exit=66

// The write follows the close, so the zero-value receive does not order it before main's
// read.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int)
	go func() {
		close(ch)
		x = 1
	}()
	<-ch
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
}
