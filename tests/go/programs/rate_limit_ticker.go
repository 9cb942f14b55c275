// run
// Rate limiting with time.Tick / time.NewTicker; bursty limiter; deterministic counts only.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(20 * time.Millisecond)
	start := time.Now()
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	fmt.Println("took at least 100ms:", time.Since(start) >= 100*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(20 * time.Millisecond) {
			bursty <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	for req := range burstyRequests {
		<-bursty
		fmt.Println("bursty request", req)
	}

	ticker := time.NewTicker(10 * time.Millisecond)
	done := make(chan bool)
	ticks := 0
	go func() {
		for {
			select {
			case <-done:
				return
			case <-ticker.C:
				ticks++
				if ticks == 4 {
					done <- true
				}
			}
		}
	}()
	<-done
	ticker.Stop()
	fmt.Println("ticks:", ticks)
	timer := time.NewTimer(30 * time.Millisecond)
	<-timer.C
	fmt.Println("timer fired")
	t2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop:", t2.Stop())
}
