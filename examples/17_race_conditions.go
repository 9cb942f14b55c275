// run procs=1,4

// Concept: concurrent events have no determined order; data races.
//
// Notes (004):
//   "Concurrency is about multiple things happening at the same time in
//    random order."
// Notes (003):
//   thread model disadvantage: "race conditions when 2 or more threads are
//   compiting for the same resource."
// Notes (002):
//   "Let's consider the operations x and y that are executed in different
//    goroutines. We say it is concurrent if we can not determine which
//    happens first. It could be either way."
//   "Data race happens when multiple goroutines access the same variable and
//    at least one of the accesses is write."
//
// Part 1 runs x and y concurrently many times. Which one comes first is not
// determined, so the program only prints what IS determined: both always
// happen. Part 2 adds a channel so that x always happens before y.
// Part 3 shows the data race rule: many goroutines may READ the same
// variable without synchronization; as soon as one of them WRITES, every
// access must be synchronized (here with a mutex).

package main

import (
	"fmt"
	"sync"
)

func main() {
	// Part 1: concurrent x and y.
	var mu sync.Mutex
	counts := map[string]int{}
	for run := 0; run < 100; run++ {
		var wg sync.WaitGroup
		var order []string
		wg.Add(2)
		go func() { defer wg.Done(); mu.Lock(); order = append(order, "x"); mu.Unlock() }()
		go func() { defer wg.Done(); mu.Lock(); order = append(order, "y"); mu.Unlock() }()
		wg.Wait()
		for _, e := range order {
			counts[e]++
		}
		// order is "x y" or "y x": it could be either way, so we do not print it.
	}
	fmt.Println("concurrent: x happened", counts["x"], "times, y happened", counts["y"], "times (order not determined)")

	// Part 2: a channel makes the order determined: x happens before y.
	for run := 0; run < 3; run++ {
		xDone := make(chan struct{})
		var order []string
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); <-xDone; order = append(order, "y") }()
		go func() { defer wg.Done(); order = append(order, "x"); close(xDone) }()
		wg.Wait()
		fmt.Println("ordered run", run, ":", order)
	}

	// Part 3: shared reads are fine; a write requires synchronization.
	config := map[string]int{"workers": 4} // only read by the goroutines below
	total := 0                             // written by all of them
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := config["workers"] // read-only access: no race
			mu.Lock()              // write access: must be synchronized
			total += w
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)
}
