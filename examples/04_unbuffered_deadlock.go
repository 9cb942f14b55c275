// run exit=2 procs=1,4

// Concept: an unbuffered channel without a reader deadlocks.
//
// Notes (000):
//   "Unbuffered channel: ... It requires a goroutine to read the data,
//    otherwise, it will lead to deadlock."
// Notes (003):
//   "A channel needs to have a match of senders or receivers otherwise it's
//    blocked."
//
// This program is EXPECTED to fail. main sends on an unbuffered channel but
// no goroutine will ever receive, so main blocks forever. The Go runtime
// detects that every goroutine is asleep and aborts with exit status 2:
//   fatal error: all goroutines are asleep - deadlock!
// The fix is to receive in another goroutine (03_unbuffered_channel.go) or
// to give the channel a buffer (05_buffered_channel.go).

package main

import "fmt"

func main() {
	ch := make(chan int) // unbuffered
	fmt.Println("sending 42 on an unbuffered channel with no reader...")
	ch <- 42 // blocks forever: nobody will ever receive
	fmt.Println("never printed")
}
