// run -race

// A semaphore of capacity 2 admits both goroutines at once, yet Go reports nothing: for
// channels of zero-size elements its detector keeps one sync object for all buffer slots,
// so each send acquires every earlier receive (coarser than the k/k+C rule).
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	sem := make(chan struct{}, 2)
	done := make(chan bool)
	for i := 1; i <= 2; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i*100) * time.Millisecond)
			sem <- struct{}{}
			x += i
			<-sem
			done <- true
		}(i)
	}
	<-done
	<-done
	fmt.Println(x)
}
