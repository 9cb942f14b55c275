// run procs=1,4
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

type node[T any] struct {
	val  T
	next *node[T]
}

// stack is a lock-free Treiber stack on atomic.Pointer.
type stack[T any] struct {
	head atomic.Pointer[node[T]]
}

func (s *stack[T]) push(v T) {
	n := &node[T]{val: v}
	for {
		old := s.head.Load()
		n.next = old
		if s.head.CompareAndSwap(old, n) {
			return
		}
	}
}

func (s *stack[T]) pop() (T, bool) {
	for {
		old := s.head.Load()
		if old == nil {
			var zero T
			return zero, false
		}
		if s.head.CompareAndSwap(old, old.next) {
			return old.val, true
		}
	}
}

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	fmt.Println(p.CompareAndSwap(&Config{}, &Config{Version: 9}), p.Load() == nil)
	first := &Config{1, "first"}
	fmt.Println(p.CompareAndSwap(nil, first), *p.Load())
	old := p.Swap(&Config{2, "second"})
	fmt.Println(old == first, *p.Load())
	fmt.Println(p.CompareAndSwap(first, &Config{3, "third"}), p.Load().Version)
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(cur, nil), p.Load() == nil)
	fmt.Println(p.Swap(first) == nil, p.Load().Name)
	p.Store(nil)
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, first), p.Load() == first)
	fmt.Printf("%T\n", p.Load())

	var s stack[int]
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.push(w*100 + i)
			}
		}(w)
	}
	wg.Wait()
	seen := make([]bool, 800)
	count := 0
	for {
		v, ok := s.pop()
		if !ok {
			break
		}
		if !seen[v] {
			seen[v] = true
			count++
		}
	}
	fmt.Println("popped", count, "distinct values")

	var ip atomic.Pointer[int]
	x, y := 1, 2
	ip.Store(&x)
	*ip.Load() += 10
	fmt.Println(x, ip.CompareAndSwap(&y, &y), *ip.Swap(&y), *ip.Load())
}
