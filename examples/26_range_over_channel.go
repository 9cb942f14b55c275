// run procs=1,4

// Concept: for ... range over a channel.
//
// Notes (003):
//   "for loop:
//     - for msg := range ch{..} in the receiver.
//     - close() needs to be defined in the sender to avoid an infinite loop
//       in the receiver."
//
// "for msg := range ch" receives until the channel is closed and drained. If
// the sender never closed ch, the loop would wait forever for the next value
// (in a program where nothing else can run, the runtime reports
// "all goroutines are asleep - deadlock!").

package main

import "fmt"

func fib(n int, ch chan<- int) {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		ch <- a
		a, b = b, a+b
	}
	close(ch) // without this, the range loop below would never end
}

func main() {
	ch := make(chan int)
	go fib(10, ch)
	var got []int
	for msg := range ch { // the receiver
		got = append(got, msg)
	}
	fmt.Println("fibonacci:", got)

	// Range over a buffered channel that is already closed: it drains the
	// buffered values and then stops.
	words := make(chan string, 3)
	words <- "buffered"
	words <- "values"
	words <- "drained"
	close(words)
	for w := range words {
		fmt.Println(w)
	}
	fmt.Println("loop ended because the channel was closed")
}
