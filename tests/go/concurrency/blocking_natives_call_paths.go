// run procs=1,4

// Blocking sync calls reached in every way a program can call them, each contended so that
// it really blocks: direct, through a method value, through the sync.Locker interface, an
// RWMutex's RLocker, a Cond over a user-defined Locker, and inside a callback (sort.Slice).
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type loggingLocker struct {
	mu    sync.Mutex
	locks int
}

func (l *loggingLocker) Lock()   { l.mu.Lock(); l.locks++ }
func (l *loggingLocker) Unlock() { l.mu.Unlock() }

func contend(name string, lock, unlock func()) {
	var wg sync.WaitGroup
	count := 0
	lock()
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock()
			defer unlock()
			count++
		}()
	}
	time.Sleep(20 * time.Millisecond)
	unlock()
	wg.Wait()
	fmt.Println(name, count)
}

func main() {
	var mu sync.Mutex
	contend("direct", func() { mu.Lock() }, func() { mu.Unlock() })

	lock, unlock := mu.Lock, mu.Unlock
	contend("method value", lock, unlock)

	var l sync.Locker = &mu
	contend("interface", l.Lock, l.Unlock)

	var rw sync.RWMutex
	contend("rwmutex", rw.Lock, rw.Unlock)
	r := rw.RLocker()
	rw.Lock()
	var wg sync.WaitGroup
	readers := 0
	var rmu sync.Mutex
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.Lock()
			rmu.Lock()
			readers++
			rmu.Unlock()
			r.Unlock()
		}()
	}
	time.Sleep(20 * time.Millisecond)
	rw.Unlock()
	wg.Wait()
	fmt.Println("rlocker", readers)

	ll := &loggingLocker{}
	cond := sync.NewCond(ll)
	ready := false
	woken := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cond.L.Lock()
			for !ready {
				cond.Wait()
			}
			woken++
			cond.L.Unlock()
		}()
	}
	time.Sleep(20 * time.Millisecond)
	cond.L.Lock()
	ready = true
	cond.Broadcast()
	cond.L.Unlock()
	wg.Wait()
	fmt.Println("cond over a custom Locker", woken, ll.locks >= 21)

	var smu sync.Mutex
	s := []int{5, 2, 8, 1, 9, 3}
	smu.Lock()
	done := make(chan bool)
	go func() {
		sort.Slice(s, func(i, j int) bool {
			smu.Lock() // blocks below a native (sort.Slice) the first time
			defer smu.Unlock()
			return s[i] < s[j]
		})
		done <- true
	}()
	time.Sleep(20 * time.Millisecond)
	smu.Unlock()
	<-done
	fmt.Println("inside a callback", s)
}
