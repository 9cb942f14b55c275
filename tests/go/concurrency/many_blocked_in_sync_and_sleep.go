// run procs=1,4

// 120,000 goroutines blocked at once in Mutex.Lock, RWMutex.RLock, WaitGroup.Wait,
// time.Sleep, Cond.Wait and Once.Do (more than minigo could give native stacks to): a
// goroutine blocked in a sync primitive or a sleep holds no native stack, as on a channel.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	const n = 20000
	var mu sync.Mutex
	var rw sync.RWMutex
	var start, done sync.WaitGroup
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	var once sync.Once
	var gate sync.Mutex
	inits := 0
	start.Add(1)
	mu.Lock()
	rw.Lock()
	total := 0
	gate.Lock()
	done.Add(6 * n)
	for i := 0; i < n; i++ {
		go func() { mu.Lock(); total++; mu.Unlock(); done.Done() }()
		go func() { rw.RLock(); rw.RUnlock(); done.Done() }()
		go func() { start.Wait(); done.Done() }()
		go func() { time.Sleep(200 * time.Millisecond); done.Done() }()
		go func() {
			// The first caller runs the function and waits inside it for the gate; the
			// others wait in Once.Do until it returns.
			once.Do(func() { gate.Lock(); inits++; gate.Unlock() })
			done.Done()
		}()
		go func() {
			cond.L.Lock()
			for !ready {
				cond.Wait()
			}
			cond.L.Unlock()
			done.Done()
		}()
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("blocked at least:", runtime.NumGoroutine() > 5*n)
	gate.Unlock()
	mu.Unlock()
	rw.Unlock()
	start.Done()
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	done.Wait()
	fmt.Println("total:", total, "inits:", inits)
}
