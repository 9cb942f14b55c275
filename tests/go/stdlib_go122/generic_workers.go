// run go1.22 procs=1,4
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Result[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

// pool runs f over the jobs on n workers and returns the results in completion order.
func pool[J any, K cmp.Ordered, V any](n int, jobs []J, f func(J) Result[K, V]) []Result[K, V] {
	in := make(chan J)
	out := make(chan Result[K, V])
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- f(j)
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var rs []Result[K, V]
	for r := range out {
		rs = append(rs, r)
	}
	return rs
}

type Config struct {
	Version   int
	Threshold int
}

// Cache serves lookups under the current configuration; Reload swaps it atomically.
type Cache[K comparable, V any] struct {
	cfg     atomic.Pointer[Config]
	mu      sync.RWMutex
	entries map[K]V
	loaded  func() map[K]V
}

func NewCache[K comparable, V any](load func() map[K]V) *Cache[K, V] {
	c := &Cache[K, V]{}
	c.cfg.Store(&Config{Version: 1, Threshold: 10})
	c.loaded = sync.OnceValue(load)
	return c
}

func (c *Cache[K, V]) Get(k K) (V, int) {
	c.mu.RLock()
	v, ok := c.entries[k]
	c.mu.RUnlock()
	if !ok {
		v = c.loaded()[k]
		c.mu.Lock()
		if c.entries == nil {
			c.entries = make(map[K]V)
		}
		c.entries[k] = v
		c.mu.Unlock()
	}
	return v, c.cfg.Load().Version
}

func (c *Cache[K, V]) Reload(update func(Config) Config) {
	for {
		old := c.cfg.Load()
		next := update(*old)
		if c.cfg.CompareAndSwap(old, &next) {
			return
		}
	}
}

func main() {
	text := "the quick brown fox jumps over the lazy dog the fox"
	words := strings.Fields(text)
	rs := pool(4, words, func(w string) Result[int, string] {
		return Result[int, string]{len(w), w}
	})
	slices.SortFunc(rs, func(a, b Result[int, string]) int {
		return cmp.Or(cmp.Compare(a.Key, b.Key), strings.Compare(a.Val, b.Val))
	})
	rs = slices.Compact(rs)
	fmt.Println(rs)
	lengths := slices.CompactFunc(slices.Clone(rs), func(a, b Result[int, string]) bool { return a.Key == b.Key })
	for _, r := range lengths {
		fmt.Print(r.Key, " ")
	}
	fmt.Println()

	squares := pool(3, []int{5, 3, 9, 1, 7}, func(n int) Result[int, int] { return Result[int, int]{n, n * n} })
	slices.SortStableFunc(squares, func(a, b Result[int, int]) int { return cmp.Compare(a.Key, b.Key) })
	fmt.Println(squares)

	var loads atomic.Int32
	cache := NewCache(func() map[string]int {
		loads.Add(1)
		m := map[string]int{}
		for _, w := range words {
			m[w]++
		}
		return m
	})
	var wg sync.WaitGroup
	counts := make([]int, len(words))
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			counts[i], _ = cache.Get(w)
		}(i, w)
	}
	var reloaders sync.WaitGroup
	for i := 0; i < 5; i++ {
		reloaders.Add(1)
		go func() {
			defer reloaders.Done()
			cache.Reload(func(c Config) Config {
				c.Version++
				c.Threshold += 2
				return c
			})
		}()
	}
	wg.Wait()
	reloaders.Wait()
	fmt.Println(counts, "loads:", loads.Load())
	_, version := cache.Get("fox")
	fmt.Println("version:", version, "threshold:", cache.cfg.Load().Threshold)
	snapshot := maps.Clone(cache.entries)
	keys := make([]string, 0, len(snapshot))
	for k := range snapshot {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys, slices.Index(keys, "the"))
}
