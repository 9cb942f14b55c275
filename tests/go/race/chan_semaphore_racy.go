// run -race exit=66

// A semaphore of capacity 2 admits both goroutines at once: the second send uses the other
// buffer slot and does not wait for a receive, so the increments race.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	sem := make(chan int, 2)
	done := make(chan bool)
	for i := 1; i <= 2; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i*100) * time.Millisecond)
			sem <- 0
			x += i
			<-sem
			done <- true
		}(i)
	}
	<-done
	<-done
	fmt.Println(x)
}
