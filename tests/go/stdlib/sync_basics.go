// run procs=1,4
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *Counter) Get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func main() {
	c := Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc(fmt.Sprint(i % 5))
				_ = c.Get("0")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Get("0"), c.Get("4"))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("boom") })
	}()
	o2.Do(func() { fmt.Println("not printed") })
	fmt.Println("after panicking once")

	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println(rw.TryRLock(), rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()

	var sm sync.Map
	sm.Store("a", 1)
	sm.Store("b", 2)
	v, ok := sm.Load("a")
	fmt.Println(v, ok)
	v, ok = sm.Load("zz")
	fmt.Println(v, ok)
	v, loaded := sm.LoadOrStore("a", 10)
	fmt.Println(v, loaded)
	v, loaded = sm.LoadOrStore("c", 3)
	fmt.Println(v, loaded)
	sm.Delete("b")
	v, loaded = sm.LoadAndDelete("c")
	fmt.Println(v, loaded)
	keys := []string{}
	sm.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	p := sync.Pool{New: func() any { return new(int) }}
	x := p.Get().(*int)
	*x = 42
	p.Put(x)
	y := p.Get().(*int)
	fmt.Println(*y)
	var p2 sync.Pool
	fmt.Println(p2.Get())

	var n32 int32
	var n64 int64
	var u32 uint32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt32(&n32, 1)
				atomic.AddInt64(&n64, 2)
				atomic.AddUint32(&u32, ^uint32(0))
			}
		}()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt32(&n32), atomic.LoadInt64(&n64), atomic.LoadUint32(&u32))
	var m32 int32 = 2147483647
	fmt.Println(atomic.AddInt32(&m32, 1))
	sw := atomic.CompareAndSwapInt32(&m32, -2147483648, 5)
	fmt.Println(sw, m32)
	old := atomic.SwapInt32(&m32, 7)
	fmt.Println(old, m32)
	var ai atomic.Int64
	ai.Add(5)
	ai.Store(ai.Load() * 2)
	fmt.Println(ai.Load(), ai.CompareAndSwap(10, 11), ai.Swap(1), ai.Load())
	var ab atomic.Bool
	fmt.Println(ab.Load(), ab.CompareAndSwap(false, true), ab.Load(), ab.Swap(false))
	var av atomic.Value
	fmt.Println(av.Load())
	av.Store("hello")
	fmt.Println(av.Load(), av.CompareAndSwap("hello", "world"), av.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		av.Store(1)
	}()
	type S struct {
		n atomic.Int32
		sync.Mutex
	}
	var s S
	s.Lock()
	s.n.Add(3)
	s.Unlock()
	fmt.Println(s.n.Load())
}
