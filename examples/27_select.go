// run procs=1,4

// Concept: the select statement.
//
// Notes (003):
//   "select():
//     - It doesn't look for trustiness(as switch statements), but if it's
//       possible to send or receive from a channel.
//     - There's no predetermine order to choose a case; in other words, if
//       more than one case fits the case, it will be chosen randomly.
//     - select() will block until it can act in one of the cases - blocking
//       select statement
//     - default case is to avoid the blocking select statement."
//   CORRECTION: select is a statement, not a function: it is written
//   "select { case ...: }" without parentheses. "select() {...}" does not
//   compile (examples/invalid/select_call.go).

package main

import (
	"fmt"
	"time"
)

func main() {
	// 1. Cases are about channel readiness, not boolean conditions.
	a := make(chan string)
	b := make(chan string)
	go func() {
		time.Sleep(5 * time.Millisecond)
		b <- "from b"
	}()
	// 3. Blocking select: nothing is ready yet, so it waits until b is.
	select {
	case msg := <-a:
		fmt.Println("received", msg)
	case msg := <-b:
		fmt.Println("blocking select received", msg)
	}

	// 2. Several ready cases: one is picked at random. Over 1000 rounds
	// both get picked (the exact counts differ from run to run, so they are
	// not printed).
	x := make(chan int, 1)
	y := make(chan int, 1)
	picked := map[string]int{}
	for i := 0; i < 1000; i++ {
		x <- i
		y <- i
		select {
		case <-x:
			picked["x"]++
			<-y
		case <-y:
			picked["y"]++
			<-x
		}
	}
	fmt.Println("both ready cases were chosen at some point:", picked["x"] > 0 && picked["y"] > 0)
	fmt.Println("total rounds:", picked["x"]+picked["y"])

	// Send cases work too: the send happens only if there is room.
	out := make(chan int, 1)
	for i := 1; i <= 2; i++ {
		select {
		case out <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("could not send", i, "(buffer full)")
		}
	}

	// 4. default: a non-blocking select.
	empty := make(chan int)
	select {
	case v := <-empty:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready: default case ran instead of blocking")
	}

	// A timeout is just another case that becomes ready later.
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("received", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out after 10ms")
	}
	// (An empty "select {}" blocks forever.)
}
