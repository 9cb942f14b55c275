// run procs=1,4

// Concept: exactly when sends and receives block.
//
// Notes (001):
//   "A receive will block only if there's no value in the channel to
//    receive. A send will block only if there's no available buffer to place
//    the value being sent"
// Notes (003):
//   "If there's no data in a channel, a receiver is blocked even if it's
//    unbuffered or buffered channel."
//   "buffered: sender gets blocked only if channel is full."
//
// trySend and tryRecv use select with a default case, which runs instead of
// blocking; so they report "would block" without ever blocking.

package main

import "fmt"

func trySend(name string, ch chan int, v int) {
	select {
	case ch <- v:
		fmt.Printf("%s: send %d ok (len %d/cap %d)\n", name, v, len(ch), cap(ch))
	default:
		fmt.Printf("%s: send %d would block (len %d/cap %d)\n", name, v, len(ch), cap(ch))
	}
}

func tryRecv(name string, ch chan int) {
	select {
	case v := <-ch:
		fmt.Printf("%s: received %d (len %d/cap %d)\n", name, v, len(ch), cap(ch))
	default:
		fmt.Printf("%s: receive would block (len %d/cap %d)\n", name, len(ch), cap(ch))
	}
}

func main() {
	buffered := make(chan int, 2)
	tryRecv("buffered", buffered)    // empty: a receive blocks
	trySend("buffered", buffered, 1) // room available
	trySend("buffered", buffered, 2) // room available
	trySend("buffered", buffered, 3) // full: a send blocks
	tryRecv("buffered", buffered)    // a value is there
	trySend("buffered", buffered, 3) // room again
	tryRecv("buffered", buffered)
	tryRecv("buffered", buffered)
	tryRecv("buffered", buffered) // empty again

	unbuffered := make(chan int)
	tryRecv("unbuffered", unbuffered)    // no data: blocks
	trySend("unbuffered", unbuffered, 1) // no buffer and no waiting receiver: blocks
}
