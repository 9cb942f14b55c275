// run procs=1,4

// Concept: channel directions.
//
// Notes (000):
//   "Declaration of channels based on directions
//     1. Bidirectional channel : chan T
//     2. Send only channel: chan <- T
//     3. Receive only channel: <- chan T"
// Notes (003):
//   "Send only: func foo(ch chan<- int){...}"
//   "Receive only: func foo(ch <-chan int){...}"
//
// A bidirectional channel converts implicitly to either direction when it is
// passed to a function; the compiler then forbids the other operation
// (receiving from a chan<- T, or sending to / closing a <-chan T).

package main

import "fmt"

// producer may only send on out.
func producer(out chan<- int) {
	for i := 1; i <= 3; i++ {
		out <- i * 10
	}
	close(out) // the sending side may close
}

// consumer may only receive from in, and reports on a send-only channel.
func consumer(in <-chan int, total chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	total <- sum
}

func main() {
	ch := make(chan int) // bidirectional: chan T
	var sendOnly chan<- int = ch
	var recvOnly <-chan int = ch
	fmt.Printf("%T\n", ch)
	fmt.Printf("%T\n", sendOnly)
	fmt.Printf("%T\n", recvOnly)

	total := make(chan int)
	go producer(ch)        // chan int -> chan<- int
	go consumer(ch, total) // chan int -> <-chan int
	fmt.Println("total:", <-total)
}
