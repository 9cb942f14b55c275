// run -race exit=66 procs=1,4

// Concept: what `go run -race` (here `minigo run -race`) reports for the racy counter.
//
// Notes (001):
//   "Dectect go race condition
//    > go run -race filename.go"
// Notes (002):
//   "Data race happens when multiple goroutines access the same variable and at least one of
//    the accesses is write."
//
// This is the racy counter that 12_race_detector_atomic_sync.go only describes: two
// goroutines increment `counter` with no synchronisation. The second starts 20 ms after the
// first, so the first has long finished, yet it is still a data race: time.Sleep orders the
// events on this run, but nothing in the Go memory model orders them (sleep is not
// synchronisation), so another run, or another machine, may interleave them.
//
// Run it with -race: the detector prints the two conflicting accesses (this goroutine's read
// of counter++ and the earlier goroutine's write), where each goroutine was created, then
// "Found 1 data race(s)", and the program exits with status 66. Each racing pair of places is
// reported once, so the second increment's write is not reported again.
//
// The fix is in 12_race_detector_atomic_sync.go: make the increment atomic
// (atomic.AddInt64) or guard it with a sync.Mutex; `minigo run -race` then prints nothing.

package main

import (
	"fmt"
	"time"
)

var counter int

func increment(done chan<- bool) {
	counter++ // read and write, unsynchronised
	done <- true
}

func main() {
	done := make(chan bool, 2)
	go increment(done)
	time.Sleep(20 * time.Millisecond)
	go increment(done)
	<-done
	<-done
	fmt.Println("counter:", counter)
}
