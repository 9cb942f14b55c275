// run -race

// time.AfterFunc runs its function in a new goroutine forked at AfterFunc time: writes
// before AfterFunc are visible to it.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	done := make(chan bool)
	x = 1
	time.AfterFunc(10*time.Millisecond, func() {
		fmt.Println(x)
		done <- true
	})
	<-done
}
