// run -race exit=66

// A write after time.AfterFunc is not ordered before the function's read, however long the
// delay.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	done := make(chan bool)
	time.AfterFunc(100*time.Millisecond, func() {
		fmt.Println(x)
		done <- true
	})
	x = 1
	<-done
}
