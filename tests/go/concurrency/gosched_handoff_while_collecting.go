// run procs=1,4
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

var turn int32
var sink []byte

// Two goroutines hand a turn back and forth with atomics and Gosched while main allocates
// 1 MiB per round: a collection requested meanwhile once left a worker waiting for the world
// forever (about 1 run in 4 hung).
func main() {
	runtime.GOMAXPROCS(2)
	done := make(chan bool)
	go func() {
		defer close(done)
		for i := 0; i < 100; i++ {
			for atomic.LoadInt32(&turn) != 1 {
				runtime.Gosched()
			}
			atomic.StoreInt32(&turn, 0)
		}
		runtime.Goexit()
	}()
	for i := 0; i < 100; i++ {
		sink = make([]byte, 1<<20)
		time.Sleep(50 * time.Microsecond)
		atomic.StoreInt32(&turn, 1)
		for atomic.LoadInt32(&turn) != 0 {
			runtime.Gosched()
		}
	}
	<-done
	fmt.Println("ok", len(sink))
}
