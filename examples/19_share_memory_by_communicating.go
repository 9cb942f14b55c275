// run procs=1,4

// Concept: share memory by communicating; a channel passes a copy.
//
// Notes (003):
//   "Don't communicate by sharing memory, share memory by communicating."
//   "A channel make a copy of a piece of memory and pass it by to another
//    goroutine."
// Notes (004):
//   "Channels are used for communication of data between Goroutines. Sharing
//    of memory can be avoided."
//
// Sending a value copies it: a struct (including an array field) arrives as
// an independent copy. Careful: a slice, map or pointer is copied too, but
// the copy still refers to the same underlying memory; after sending one,
// treat it as handed over and do not touch it any more.

package main

import "fmt"

type Order struct {
	ID    int
	Items [2]string // an array is a value: copied with the struct
	Notes []string  // a slice header is copied, its backing array is shared
}

func main() {
	orders := make(chan Order, 1)
	results := make(chan Order)

	go func() { // the "kitchen" goroutine owns what it receives
		o := <-orders
		o.ID = 99
		o.Items[0] = "changed by receiver"
		results <- o
	}()

	original := Order{ID: 1, Items: [2]string{"pizza", "salad"}, Notes: []string{"no onions"}}
	orders <- original // a copy of original goes into the channel
	got := <-results

	fmt.Println("sender still has:  ", original.ID, original.Items)
	fmt.Println("receiver's copy:   ", got.ID, got.Items)

	// The slice inside is shared memory, so the right thing is to hand it
	// over and stop using it on the sending side.
	notes := make(chan []string, 1)
	notes <- original.Notes
	received := <-notes
	received[0] = "extra cheese"
	fmt.Println("slice after handover:", original.Notes, "(same backing array)")

	// Communicating instead of sharing: one goroutine owns the total; others
	// send it amounts instead of writing to a shared variable.
	amounts := make(chan int)
	total := make(chan int)
	go func() {
		sum := 0
		for a := range amounts {
			sum += a
		}
		total <- sum
	}()
	for _, a := range []int{5, 10, 20} {
		amounts <- a
	}
	close(amounts)
	fmt.Println("owner goroutine's total:", <-total)
}
