// run procs=1,4

// Concept: the Go runtime scheduler, logical processors and GOMAXPROCS.
//
// Notes (000):
//   "Go Runtime Scheduler: Its job is to distribute runnable goroutines over
//    multiple worker OS threads that run on one or more processors."
//   "Processors are hardware depended; the number of processors is set on the
//    number of your CPU cores."
//   "Processors are handling multiple threads. Threads are handling multiple
//    goroutines."
//   "Go manages goroutines at two levels, local queues and global queues.
//    Local queues are attached to each processor, while the global queue is
//    common."
// Notes (001):
//   "Logical core vs Physical core - Physical core are actual physical core"
//   "Logical core = numb physical core * numb thread"
//   "When a function is created as a goroutine, it's treated as an
//    independent unit of work that gets scheduled and then executed on an
//    available logical processor."
//   "The scheduler sits on top of the operating system, binding operating
//    system's threads to logical processors which, in turn, execute
//    goroutines"
//   "Each logical processor is individually bound to a single operating
//    system thread."
//   "As goroutines are created and ready to run, they're placed in the
//    scheduler's global run queue. Soon after, they're assigned to a logical
//    processor and placed into a local run queue for that logical processor."
//   "From there, a goroutine waits its turn to be given the logical processor
//    for execution."
// Notes (002):
//   "Go scheduler: 1. Reuse threads 2. Limit creation of kernel threads to
//    number of CPU cores - This limit does not count the blocked kernel
//    threads."
//   "Any function invoked as goroutine is considered independent, scheduled
//    and executed"
//   "Concurrency is directly built on Go's runtime scheduler - a piece of
//    software."
//   "Priority based goroutines are not supported like linux scheduler.
//    Not aware of system topologoy like NUMA"
//
// runtime.NumCPU() is the number of logical CPUs; runtime.GOMAXPROCS(n) sets
// how many logical processors (Ps) run Go code at once and returns the
// previous setting (n < 1 only queries). The actual values depend on the
// machine, so this program prints only machine-independent facts. There is
// no API to give a goroutine a priority.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("at least one logical CPU:", runtime.NumCPU() >= 1)

	prev := runtime.GOMAXPROCS(3) // use 3 logical processors
	fmt.Println("GOMAXPROCS is now:", runtime.GOMAXPROCS(0))
	fmt.Println("previous value was returned:", prev >= 1)

	// Created goroutines exist (runnable or waiting) before they finish.
	fmt.Println("goroutines at start of main:", runtime.NumGoroutine())
	gate := make(chan struct{})
	var wg sync.WaitGroup
	squares := make([]int, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) { // an independent unit of work for the scheduler
			defer wg.Done()
			<-gate // wait until main opens the gate
			squares[i] = i * i
		}(i)
	}
	fmt.Println("goroutines while 6 workers wait:", runtime.NumGoroutine())
	close(gate) // the scheduler now distributes the 6 runnable goroutines over the 3 Ps
	wg.Wait()
	fmt.Println("results:", squares)

	// runtime.Gosched yields the processor so other runnable goroutines can
	// run; the calling goroutine is put back in a run queue and resumes later.
	runtime.Gosched()
	fmt.Println("main resumed after Gosched")

	runtime.GOMAXPROCS(prev)
	fmt.Println("restored GOMAXPROCS:", runtime.GOMAXPROCS(0) == prev)
}
