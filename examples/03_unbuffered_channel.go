// run procs=1,4

// Concept: unbuffered channels.
//
// Notes (000):
//   "Unbuffered channel: Unbuffered channels require both the sender and
//    receiver to be present to be successful operations. It requires a
//    goroutine to read the data, otherwise, it will lead to deadlock. By
//    default, channels are unbuffered."
// Notes (001):
//   "Unbuffered channel - channel with no capacity to hold any value before
//    it's received"
// Notes (003):
//   "Channels are blocking constructs: In order to receive/send a message
//    from/to the channel a message needs to be available or it will block
//    until a message is available."
//   "A channel needs to have a match of senders or receivers otherwise it's
//    blocked."
//   "unbuffered: sender blocks until receiver picks it up. make(chan int)"
//
// For the deadlock case (no reader at all) see 04_unbuffered_deadlock.go.

package main

import "fmt"

func main() {
	ch := make(chan string) // "By default, channels are unbuffered."
	fmt.Println("capacity of make(chan string):", cap(ch))

	// A second goroutine is the reader, so the sends below can complete.
	replies := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			msg := <-ch // the receiver is present...
			replies <- "got " + msg
		}
	}()

	for _, msg := range []string{"ping-1", "ping-2", "ping-3"} {
		ch <- msg // ...so the sender can hand the value over
		fmt.Println(<-replies)
	}
	// An unbuffered channel never holds a value: len is always 0.
	fmt.Println("values stored in the channel:", len(ch))
}
