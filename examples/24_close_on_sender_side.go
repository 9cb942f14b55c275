// run procs=1,4

// Concept: the sender closes the channel.
//
// Notes (003):
//   "Closing needs to be always in the sending side of the operation"
//   "Even if closing can be possible in the receiver, it will error out if
//    close() is defined in a reciever function."
//
// What "error out" means precisely: if the receiver function takes a
// receive-only channel (<-chan T), calling close on it does not compile:
//   invalid operation: cannot close receive-only channel ch
// (see examples/invalid/close_receive_only.go). If a receiver closed a
// bidirectional channel, the sender's next send would panic instead.
// Closing is a signal from the sender: "no more values are coming".
// With several senders, close once, after ALL of them are done.

package main

import (
	"fmt"
	"sync"
)

// One sender: it closes when it is done.
func produce(out chan<- string, items []string) {
	defer close(out) // the sending side closes
	for _, it := range items {
		out <- it
	}
}

func main() {
	ch := make(chan string)
	go produce(ch, []string{"a", "b", "c"})
	for v := range ch { // the receiver just stops when the sender closes
		fmt.Println("received", v)
	}

	// Several senders: a coordinator closes after all senders finished.
	nums := make(chan int)
	var senders sync.WaitGroup
	for s := 1; s <= 3; s++ {
		senders.Add(1)
		go func(s int) {
			defer senders.Done()
			for i := 0; i < 4; i++ {
				nums <- s
			}
		}(s)
	}
	go func() {
		senders.Wait()
		close(nums) // still on the sending side, exactly once
	}()
	sum, count := 0, 0
	for n := range nums {
		sum += n
		count++
	}
	fmt.Println("received", count, "values, sum", sum)
}
