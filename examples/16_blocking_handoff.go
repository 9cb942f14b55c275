// run procs=1,4

// Concept: a blocked goroutine gives its thread to others, so one thread is
// enough for concurrency.
//
// Notes (001):
//   "If a goroutine needs to make a network I/O call, the process is a bit
//    different. In this case, the goroutine is detached from the logical
//    processor and moved to the runtime integrated network poller. Once the
//    poller indicates a read or write operation is ready, the goroutine is
//    assigned back to a logical processor to handle the operation."
//   "The operating system schedules threads to run against physical
//    processors and the Go runtime schedules goroutines to run against
//    logical processors"
// Notes (002):
//   "OS can schedule only OS threads to processors."
//   "Go assigns the OS thread to goroutines when scheduled. If a goroutine is
//    blocked for I/O, Network, System call then the OS thread is assigned to
//    another goroutine. OS thread is again allocated to the goroutine once is
//    unblocked"
//   "So, we can perform concurrent operations even with a single OS thread.
//    This is called concurrency."
//   "Go does not block the kernel thread for channel read/write operations."
//   "A background monitor thread sysmon watches a blocked thread and handoff
//    its queue to another thread."
// Notes (003):
//   "Golang doesn't use os threads for concurrency."
// Notes (004):
//   "Go runtime creates OS threads." "Goroutines runs in the context of OS
//    threads." "Many Goroutines can execute in a context of single OS threads."
//
// With GOMAXPROCS=1 five goroutines each "wait for I/O" for 10ms (simulated
// with time.Sleep, which parks the goroutine like a network wait does). The
// waits overlap, so the total is far less than 5 x 10ms. Before that, two
// goroutines ping-pong over channels on the same single processor.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

func main() {
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)

	// Channel operations block only the goroutine, never the thread: this
	// ping-pong runs on the same single processor.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 1000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	fmt.Println("ping-pong rounds on one processor:", v)

	var wg sync.WaitGroup
	var mu sync.Mutex
	var finished []string
	start := time.Now()
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(10 * time.Millisecond) // "blocked for I/O": the processor runs others meanwhile
			mu.Lock()
			finished = append(finished, fmt.Sprintf("request-%d", i))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Strings(finished)
	fmt.Println("finished:", finished)
	fmt.Println("5 waits of 10ms overlapped (took well under 50ms):", elapsed < 40*time.Millisecond)
}
