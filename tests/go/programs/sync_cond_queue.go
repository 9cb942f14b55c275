// run
// Bounded blocking queue with sync.Cond; producers/consumers; totals are deterministic.
package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewQueue(3)
	var prod, cons sync.WaitGroup
	sums := make([]int, 3)
	counts := make([]int, 3)
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := 1; i <= 25; i++ {
				q.Put(p*100 + i)
			}
		}(p)
	}
	prod.Wait()
	q.Close()
	cons.Wait()
	total, n := 0, 0
	for i := range sums {
		total += sums[i]
		n += counts[i]
	}
	fmt.Println("items:", n, "sum:", total)
}
