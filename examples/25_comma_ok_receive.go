// run procs=1,4

// Concept: testing whether a channel is open with the comma-ok receive.
//
// Notes (003):
//   "control flow: if statements:
//       if msg, ok := <ch, ok {...}
//     - Returns true if channel is open.
//     - Returns false if channel is closed."
//   CORRECTION: the snippet is not valid Go. The receive operator is "<-",
//   and the init statement is separated from the condition by ";":
//       if msg, ok := <-ch; ok {...}
//   The snippet as written is examples/invalid/comma_ok_receive_typo.go.
//
// Precisely: ok is false only when the channel is closed AND empty; values
// buffered before close still arrive with ok == true. Note that the receive
// itself blocks while the channel is open and empty.

package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "first"
	ch <- "second"
	close(ch)

	for i := 0; i < 3; i++ {
		if msg, ok := <-ch; ok { // corrected from: if msg, ok := <ch, ok
			fmt.Println("open (or still draining):", msg)
		} else {
			fmt.Printf("closed: msg=%q ok=%v\n", msg, ok)
		}
	}

	// The same check as a loop; this is what "for range ch" does for you.
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			results <- i * 100
		}
		close(results)
	}()
	for {
		v, ok := <-results
		if !ok {
			fmt.Println("results channel closed")
			break
		}
		fmt.Println("result", v)
	}
}
