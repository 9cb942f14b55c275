// run procs=1,4

// Concept: local run queues, the global run queue and work stealing.
//
// Notes (000):
//   "Stealing Work: Go's runtime scheduler will take goroutines from other
//    processors. If every other processor run queue is empty, it checks for
//    completed IO requests (syscalls, network requests) from the netpoller.
//    If this netpoller is empty, the processor will try to get goroutines
//    from the global run queue."
// Notes (002):
//   "3. Distributed runqueue with stealing and handoff
//     - Distributed runqueue created on per core basis ...
//     - Scheduler can can steal half of other queue when a work queue is empty."
//   "4. A global runqueue with low priority"
//   "5. Threads without work look for tasks before parking
//     - Look at Global runqueue - Run garbage collection tasks - Work stealing"
//
// The real scheduler is inside the runtime and cannot be observed directly,
// so this program builds a small model of it with ordinary goroutines: four
// "processors" (P0..P3), each with a local queue, plus a global queue. All
// work starts on P0's local queue and in the global queue; idle processors
// steal half of another processor's queue, then fall back to the global
// queue, and "park" (exit) when nothing is left. (There is no netpoller in
// this model.) Which processor runs which task depends on timing, so the
// program prints only facts that are the same on every run.

package main

import (
	"fmt"
	"sort"
	"sync"
)

type proc struct {
	id    int
	mu    sync.Mutex
	local []int
}

type sched struct {
	procs  []*proc
	gmu    sync.Mutex
	global []int
}

// pop takes a task from p's own local queue.
func (p *proc) pop() (int, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.local) == 0 {
		return 0, false
	}
	t := p.local[0]
	p.local = p.local[1:]
	return t, true
}

// stealHalf moves half of victim's queue (rounded up) to p.
func (p *proc) stealHalf(victim *proc) bool {
	victim.mu.Lock()
	n := (len(victim.local) + 1) / 2
	stolen := append([]int(nil), victim.local[len(victim.local)-n:]...)
	victim.local = victim.local[:len(victim.local)-n]
	victim.mu.Unlock()
	if n == 0 {
		return false
	}
	p.mu.Lock()
	p.local = append(p.local, stolen...)
	p.mu.Unlock()
	return true
}

func (s *sched) fromGlobal() (int, bool) {
	s.gmu.Lock()
	defer s.gmu.Unlock()
	if len(s.global) == 0 {
		return 0, false
	}
	t := s.global[0]
	s.global = s.global[1:]
	return t, true
}

// findWork follows the order in the notes: local queue, steal, global queue.
func (s *sched) findWork(p *proc) (int, bool) {
	if t, ok := p.pop(); ok {
		return t, true
	}
	for _, victim := range s.procs {
		if victim != p && p.stealHalf(victim) {
			if t, ok := p.pop(); ok {
				return t, true
			}
		}
	}
	return s.fromGlobal()
}

func main() {
	s := &sched{}
	for i := 0; i < 4; i++ {
		s.procs = append(s.procs, &proc{id: i})
	}
	for t := 1; t <= 16; t++ {
		s.procs[0].local = append(s.procs[0].local, t) // all local work on P0
	}
	for t := 17; t <= 20; t++ {
		s.global = append(s.global, t) // some work in the global queue
	}

	var mu sync.Mutex
	ran := map[int]int{} // task -> how many times it ran
	var wg sync.WaitGroup
	for _, p := range s.procs {
		wg.Add(1)
		go func(p *proc) {
			defer wg.Done()
			for {
				t, ok := s.findWork(p)
				if !ok {
					return // nothing anywhere: park
				}
				mu.Lock()
				ran[t]++
				mu.Unlock()
			}
		}(p)
	}
	wg.Wait()

	var tasks []int
	once := true
	for t, n := range ran {
		tasks = append(tasks, t)
		if n != 1 {
			once = false
		}
	}
	sort.Ints(tasks)
	fmt.Println("tasks run:", tasks)
	fmt.Println("every task ran exactly once:", once && len(tasks) == 20)
	fmt.Println("queues empty at the end:",
		len(s.procs[0].local)+len(s.procs[1].local)+len(s.procs[2].local)+len(s.procs[3].local)+len(s.global) == 0)
}
