// run procs=1,4

// Concept: detecting races and serializing access with sync/atomic and sync.
//
// Notes (001):
//   "Dectect go race condition
//    > go run -race filename.go"
//   "Need to serialize access to an integer variable or a block of code
//    > atomic and sync packages may be a good solution"
//
// The racy version (do NOT do this) would be:
//
//     var counter int
//     for i := 0; i < 50; i++ {
//         go func() { for j := 0; j < 100; j++ { counter++ } }()
//     }
//
// counter++ is a read followed by a write; two goroutines can read the same
// old value and one increment is lost, so the total is unpredictable.
// "go run -race" reports "WARNING: DATA RACE" for it. Below, the same counter
// is made safe twice: with sync/atomic (for a single integer) and with
// sync.Mutex (for a block of code).

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const goroutines, increments = 50, 100

	// 1. an integer variable: sync/atomic
	var atomicCounter int64
	var wg sync.WaitGroup
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < increments; j++ {
				atomic.AddInt64(&atomicCounter, 1) // indivisible read-modify-write
			}
		}()
	}
	wg.Wait()
	fmt.Println("atomic counter:", atomic.LoadInt64(&atomicCounter))

	// 2. a block of code: sync.Mutex
	var mu sync.Mutex
	counter := 0
	history := make(map[int]bool)
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < increments; j++ {
				mu.Lock() // only one goroutine at a time runs this block
				counter++
				history[counter] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex counter:", counter, "distinct values seen:", len(history))
}
