// run procs=1,4

// Concept: channels as notifications.
//
// Notes (000):
//   "Channels are one of the more convenient ways to send and receive
//    notifications."
//
// Two kinds of notification are shown:
//   1. one goroutine tells another "I am done" by sending on a channel;
//   2. one goroutine tells MANY goroutines "go!" by closing a channel
//      (every receive on a closed channel succeeds immediately).

package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	// 1. "done" notification. chan struct{} carries no data, only the event.
	done := make(chan struct{})
	var result int
	go func() {
		for i := 1; i <= 10; i++ {
			result += i
		}
		done <- struct{}{} // notify: the work is finished
	}()
	<-done // wait for the notification; result is now safe to read
	fmt.Println("worker finished, result =", result)

	// 2. broadcast notification by closing a channel.
	start := make(chan struct{})
	var mu sync.Mutex
	var wg sync.WaitGroup
	var started []string
	for _, name := range []string{"runner-1", "runner-2", "runner-3"} {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			<-start // every runner blocks here until start is closed
			mu.Lock()
			started = append(started, name)
			mu.Unlock()
		}(name)
	}
	fmt.Println("runners started before the signal:", len(started)) // all are blocked on <-start
	close(start)                                                    // one close wakes up all receivers
	wg.Wait()
	sort.Strings(started) // the order in which they ran is not determined
	fmt.Println("runners started:", started)
}
