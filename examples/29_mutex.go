// run procs=1,4

// Concept: sync.Mutex - mutual exclusion, and its cost in parallelism.
//
// Notes (003):
//   "Mutex one of the programming constructs to coordinate between threads,
//    use to control how many threads are allowed to access a certain piece
//    of code at one time and while accessing what they are allowed to do."
//   "sync.Mutex: A mutual exclusion lock.
//     - Protects memory access by locking the mutex, accessing the memory and
//       unlocking the mutex."
//   Thread model disadvantages: "poor performance due syncing communication
//   between threads", "shared memory between threads", "race conditions when
//   2 or more threads are compiting for the same resource."
// Notes (004):
//   "Memory Access Synchronization tools reduce Parallelism and comes with
//    their own limitations."
//
// A mutex allows exactly ONE goroutine in the critical section; we measure
// the maximum number of goroutines that were ever inside at once. To allow
// "how many" = N at a time, a buffered channel of capacity N works as a
// counting semaphore.

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()         // lock
	defer a.mu.Unlock() // unlock (even if the code below panicked)
	a.balance += n      // access the memory
}

func main() {
	acc := &Account{}
	var wg sync.WaitGroup
	var inside, maxInside int32
	track := func() {
		n := atomic.AddInt32(&inside, 1)
		for {
			m := atomic.LoadInt32(&maxInside)
			if n <= m || atomic.CompareAndSwapInt32(&maxInside, m, n) {
				break
			}
		}
	}

	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				acc.mu.Lock()
				track()
				acc.balance++ // only one goroutine at a time gets here
				atomic.AddInt32(&inside, -1)
				acc.mu.Unlock()
			}
			acc.Deposit(10)
		}()
	}
	wg.Wait()
	fmt.Println("balance:", acc.balance)
	fmt.Println("max goroutines inside the mutex at once:", atomic.LoadInt32(&maxInside))

	// A semaphore: at most 3 goroutines in the section at once. Whether the
	// maximum actually reached is 1, 2 or 3 depends on scheduling, so only
	// the guarantee is printed.
	sem := make(chan struct{}, 3)
	inside, maxInside = 0, 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{} // acquire
			track()
			time.Sleep(time.Millisecond) // "work"
			atomic.AddInt32(&inside, -1)
			<-sem // release
		}()
	}
	wg.Wait()
	m := atomic.LoadInt32(&maxInside)
	fmt.Println("semaphore kept at most 3 inside:", m >= 1 && m <= 3)
}
