// run -race

// Timer.Reset is a release too: what was written before Reset is visible to the function
// of a time.AfterFunc timer it re-arms.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	done := make(chan bool)
	t := time.AfterFunc(time.Hour, func() {
		fmt.Println(x)
		done <- true
	})
	x = 1
	t.Reset(10 * time.Millisecond)
	<-done
}
