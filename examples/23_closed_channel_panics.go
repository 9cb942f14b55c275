// run exit=2 procs=1,4

// Concept: a closed channel cannot be sent on or closed again.
//
// Notes (003):
//   "Cannot open a channel after it's closed."
//   "Sending new messages to a closed channel triggers a panic."
//
// This program is EXPECTED to crash. First, closing an already-closed
// channel panics; that panic is recovered to show its message. Then a send
// on the closed channel panics without recovery, so the program dies with
//   panic: send on closed channel
// and exit status 2.

package main

import "fmt"

func closeTwice(ch chan int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	close(ch) // panics: the channel is already closed
}

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("closed once")

	closeTwice(ch)

	fmt.Println("now sending on the closed channel...")
	ch <- 1 // panic: send on closed channel
	fmt.Println("never printed")
}
