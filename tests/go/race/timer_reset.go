// run -race

// Timer.Reset is a release that the timer's firing acquires and passes on through its
// channel: what was written before Reset is visible to whoever receives the tick, whether
// the receiver was already waiting (x) or receives after the tick was buffered (y).
package main

import (
	"fmt"
	"time"
)

var x, y int

func main() {
	t1 := time.NewTimer(time.Hour)
	t2 := time.NewTimer(time.Hour)
	done := make(chan bool)
	go func() {
		<-t1.C
		fmt.Println(x)
		done <- true
	}()
	go func() {
		time.Sleep(200 * time.Millisecond)
		<-t2.C
		fmt.Println(y)
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	x = 1
	t1.Reset(10 * time.Millisecond)
	<-done
	y = 2
	t2.Reset(10 * time.Millisecond)
	<-done
}
