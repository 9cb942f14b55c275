// run procs=1,4

// Concept: the synchronization guarantee of unbuffered channels.
//
// Notes (001):
//   "This leads to the one big difference between unbuffered and buffered
//    channels: An unbuffered channel provides a guarantee that an exchange
//    between two goroutines is performed at the instant the send and receive
//    take place. A buffered channel has no such guarantee"
//   "Channels provide an intrinsic way to safely share data between two
//    goroutines. Unbuffered channels provide a guarantee between an exchange
//    of data. Buffered channels do not."
//
// Go memory model: "A receive from an unbuffered channel is synchronized
// before the completion of the corresponding send on that channel."

package main

import (
	"fmt"
	"time"
)

func main() {
	// 1. Unbuffered: the send cannot complete until the receiver takes the
	// value, so when "ch <- 1" returns, the receiver has already received.
	// Everything the receiver did before receiving is visible to the sender.
	ch := make(chan int)
	var note string
	start := time.Now() // taken before the receiver starts sleeping
	go func() {
		time.Sleep(10 * time.Millisecond) // the receiver is late
		note = "written by the receiver before it received"
		<-ch
	}()
	ch <- 1 // waits for the late receiver
	fmt.Println("unbuffered: sender waited for the receiver:", time.Since(start) >= 10*time.Millisecond)
	fmt.Println("unbuffered: sender sees:", note) // safe: guaranteed by the exchange

	// 2. Buffered: the send completes as soon as the value is in the buffer;
	// nobody has received it. The exchange has NOT happened yet.
	buf := make(chan int, 1)
	buf <- 1
	fmt.Println("buffered: send returned with no receiver at all; values waiting:", len(buf))
	<-buf // main itself takes it back out
	fmt.Println("buffered: values waiting:", len(buf))
}
