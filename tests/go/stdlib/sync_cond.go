// run procs=1,4
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func main() {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	results := make([]int, 0)
	var rmu sync.Mutex
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 {
					q.cond.Wait()
				}
				v := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				if v < 0 {
					return
				}
				rmu.Lock()
				results = append(results, v)
				rmu.Unlock()
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	for i := 0; i < 4; i++ {
		q.items = append(q.items, -1)
	}
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Println(len(results), sum)

	// Broadcast wakes all
	var m sync.Mutex
	c := sync.Cond{L: &m}
	ready := false
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			m.Lock()
			for !ready {
				c.Wait()
			}
			m.Unlock()
		}()
	}
	m.Lock()
	ready = true
	c.Broadcast()
	m.Unlock()
	wg2.Wait()
	fmt.Println("all woke")
}
