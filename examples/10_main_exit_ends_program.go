// run procs=1,4

// Concept: when main returns, the program ends.
//
// Notes (001):
//   "thread is a path of execution that's scheduled by the operating system
//    to run the code that you write in your functions"
//   "Each process contains at least one thread, and the initial thread for
//    each process is called the main thread"
//   "When the main thread terminates, the application terminates, because
//    this path of the execution is the origin for the application"
// Notes (004):
//   "Each Process has atleast one thread. That is main thread."
//
// In Go the same holds for the main goroutine: when main returns, the
// program exits immediately, without waiting for other goroutines. Work
// that must finish has to be waited for (here with a sync.WaitGroup).

package main

import (
	"fmt"
	"sync"
)

func main() {
	never := make(chan struct{}) // nothing is ever sent on this channel

	// This goroutine is still blocked when main returns; it is simply
	// discarded together with the process. (This is not a deadlock: main
	// itself is not blocked.)
	go func() {
		<-never
		fmt.Println("this line is never printed")
	}()

	// This goroutine's work is needed, so main waits for it.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker: finished (main waited for me)")
	}()
	wg.Wait()

	fmt.Println("main: returning; the program ends now")
}
