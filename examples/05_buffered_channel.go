// run procs=1,4

// Concept: buffered channels.
//
// Notes (000):
//   "Buffered channel: Buffered channels have the capacity to store values
//    for future processing. The sender is not blocked until it becomes full
//    and it doesn't necessarily need a reader to complete the
//    synchronization with every operation."
// Notes (001):
//   "Buffered channel - channel with capacity to hold one or more values
//    before they're received."
//   "don't force goroutines to be ready at the same instant to perform sends
//    and receives"
// Notes (003):
//   "ch := make(chan int, 5) //buffered channel with a capacity of 5."
//   "buffered: sender gets blocked only if channel is full."

package main

import "fmt"

func main() {
	ch := make(chan string, 3) // room for 3 values
	fmt.Println("len", len(ch), "cap", cap(ch))

	// No reader exists yet, but these sends do not block: the values are
	// stored in the buffer "for future processing".
	ch <- "job-1"
	ch <- "job-2"
	ch <- "job-3"
	fmt.Println("after 3 sends with no reader: len", len(ch), "cap", cap(ch))

	// The buffer is full now: a 4th send would block. select+default lets us
	// observe that without actually blocking.
	select {
	case ch <- "job-4":
		fmt.Println("job-4 sent")
	default:
		fmt.Println("channel full: job-4 would block")
	}

	// Values come out in FIFO order.
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	ch <- "job-4" // there is room again
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	fmt.Println("len", len(ch))

	ints := make(chan int, 5) // the notes' example
	for i := 1; i <= 5; i++ {
		ints <- i * i
	}
	close(ints)
	sum := 0
	for v := range ints {
		sum += v
	}
	fmt.Println("sum of 5 buffered squares:", sum)
}
