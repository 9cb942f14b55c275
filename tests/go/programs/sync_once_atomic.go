// run
// sync.Once lazy init, atomic counters, RWMutex-protected cache, WaitGroup fan-out.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

var (
	once     sync.Once
	instance *Cache
	inits    int32
)

func getCache() *Cache {
	once.Do(func() {
		atomic.AddInt32(&inits, 1)
		instance = &Cache{data: make(map[int]int)}
	})
	return instance
}

func main() {
	var ops int64
	var hits, misses uint64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			c := getCache()
			for i := 0; i < 500; i++ {
				atomic.AddInt64(&ops, 1)
				k := (g*500 + i) % 100
				if _, ok := c.Get(k); ok {
					atomic.AddUint64(&hits, 1)
				} else {
					atomic.AddUint64(&misses, 1)
					c.Set(k, k*k)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "inits:", atomic.LoadInt32(&inits))
	fmt.Println("hits+misses:", atomic.LoadUint64(&hits)+atomic.LoadUint64(&misses), "entries:", len(getCache().data))
	v, ok := getCache().Get(9)
	fmt.Println(v, ok)
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 2), flag)
	fmt.Println(atomic.SwapInt32(&flag, 5), atomic.LoadInt32(&flag))
	var av atomic.Value
	av.Store([]string{"cfg", "v1"})
	fmt.Println(av.Load().([]string)[1])
	var cnt atomic.Int64
	cnt.Add(5)
	cnt.Add(-2)
	fmt.Println(cnt.Load())
}
