// run procs=1,4

// Concept: the scheduler preempts long-running goroutines.
//
// Notes (001):
//   "Based on the internal algorithms of the scheduler, a running goroutine
//    can be stopped and rescheduled to run again before it finishes its work.
//    The scheduler does this to prevent any single goroutine from holding the
//    logical processor hostage. It will stop the currently running goroutine
//    and give another runnable goroutine a chance to run."
// Notes (002):
//   "4. A global runqueue with low priority
//     - Some goroutines may run heavy jobs that can bring the entire system down.
//     - sysmon a background thread and preemption to detects the long running
//       goroutines (> 10ms)
//     - Unschedule them when possible and put in global runqueue"
//
// With a single logical processor, a goroutine spins in a loop that never
// blocks and never yields. main sleeps meanwhile; when its timer fires, main
// can only run again if the spinner is preempted. Without preemption this
// program would hang forever.

package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	prev := runtime.GOMAXPROCS(1) // one logical processor for everybody
	defer runtime.GOMAXPROCS(prev)

	var stop int32
	var spinning int32
	done := make(chan int)
	go func() {
		atomic.StoreInt32(&spinning, 1)
		spins := 0
		for atomic.LoadInt32(&stop) == 0 { // busy loop: no channel op, no sleep, no Gosched
			spins++
		}
		done <- spins
	}()

	// Let the spinner take the processor.
	for atomic.LoadInt32(&spinning) == 0 {
		runtime.Gosched()
	}
	fmt.Println("spinner is holding the only processor")

	time.Sleep(20 * time.Millisecond) // main is runnable again after 20ms...
	// ...and gets here only because the spinner was preempted.
	fmt.Println("main is running again while the spinner has not finished")
	atomic.StoreInt32(&stop, 1)
	spins := <-done
	fmt.Println("spinner stopped; it made progress too:", spins > 0)
}
