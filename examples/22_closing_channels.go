// run procs=1,4

// Concept: closing channels and receiving from closed channels.
//
// Notes (003):
//   "closing channels:
//     - close() closes a channel.
//     - Cannot check a closed channel.
//     - Cannot open a channel after it's closed.
//     - Sending new messages to a closed channel triggers a panic.
//     - Receiving messages from a closed channel is feasible:
//         - If buffered, all buffered messages are available.
//         - If ubuffered, or buffer empty, receive zero-value."
//
// CORRECTION on "Cannot check a closed channel": there is no isClosed()
// function, but a receive can tell: "v, ok := <-ch" gives ok == false once
// the channel is closed AND drained (see 25_comma_ok_receive.go).
// "Cannot open a channel after it's closed": there is no reopen; make a new
// channel instead. Sending on a closed channel (and closing twice) panics:
// see 23_closed_channel_panics.go.

package main

import "fmt"

func main() {
	// Buffered: values sent before close are still delivered.
	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	close(buf)
	fmt.Println("closed buffered channel still holds:", len(buf))
	for i := 0; i < 4; i++ {
		v, ok := <-buf
		fmt.Printf("buffered receive %d: value=%d ok=%v\n", i+1, v, ok)
	}

	// Unbuffered (or empty): a receive returns the zero value immediately.
	unbuf := make(chan string)
	close(unbuf)
	s, ok := <-unbuf
	fmt.Printf("unbuffered receive: value=%q ok=%v\n", s, ok)

	// Receiving from a closed channel never blocks, so it can be repeated.
	type point struct{ X, Y int }
	pts := make(chan point)
	close(pts)
	fmt.Println("zero values:", <-pts, <-pts)

	// "Cannot open a channel after it's closed": make a new one instead.
	buf = make(chan int, 1)
	buf <- 10
	fmt.Println("new channel works:", <-buf)
}
