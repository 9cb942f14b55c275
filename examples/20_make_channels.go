// run procs=1,4

// Concept: creating channels with make; created channels are bidirectional.
//
// Notes (003):
//   "Bidirectional: Created channels are always bidirectional.
//       ch := make(ch int)"
//   CORRECTION: "make(ch int)" is not valid Go ("ch" is not a type); the
//   channel type is written "chan int": ch := make(chan int).
//   The snippet as written is examples/invalid/make_ch_int.go.
//   "ch := make(chan int) //type of message which is going to send/receive
//    in that channel"
//   "ch := make(chan int, 5) //buffered channel with a capacity of 5."
//
// A channel's zero value is nil; make allocates a usable channel. Every
// channel made by make is bidirectional; direction restrictions only exist
// on variables/parameters of type chan<- T or <-chan T.

package main

import "fmt"

func fill(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
}

func drain(in <-chan int, n int) []int {
	var got []int
	for i := 0; i < n; i++ {
		got = append(got, <-in)
	}
	return got
}

func main() {
	var nilCh chan int
	fmt.Println("zero value is nil:", nilCh == nil)

	ch := make(chan int) // corrected from: make(ch int)
	fmt.Printf("make(chan int):    %T len=%d cap=%d\n", ch, len(ch), cap(ch))

	buf := make(chan int, 5) // buffered channel with a capacity of 5
	fmt.Printf("make(chan int, 5): %T len=%d cap=%d\n", buf, len(buf), cap(buf))

	msgs := make(chan string, 2) // the element type is part of the channel type
	fmt.Printf("make(chan string, 2): %T\n", msgs)

	// The same bidirectional channel is used as send-only and receive-only.
	fill(buf, 5)
	fmt.Println("len after fill:", len(buf))
	fmt.Println("drained:", drain(buf, 5))

	// Bidirectional: one variable can both send and receive.
	buf <- 42
	fmt.Println("sent and received on the same variable:", <-buf)
}
