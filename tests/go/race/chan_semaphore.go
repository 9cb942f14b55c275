// run -race

// A buffered channel of capacity C as a semaphore: the k-th receive is synchronised before
// the (k+C)-th send completes, so holders of the one slot take turns on x without a report.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	sem := make(chan struct{}, 1)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i*30) * time.Millisecond)
			sem <- struct{}{}
			x += i
			<-sem
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(x)
}
