// run -race

// RWMutex: Unlock is synchronised before later RLocks (readers see the writer's data), and
// RUnlock before the next Lock (the writer may then overwrite what readers read). RLocker
// is RLock/RUnlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	rw   sync.RWMutex
	data = map[string]int{}
	n    int
)

func main() {
	rw.Lock()
	data["a"] = 1
	n = 1
	rw.Unlock()

	var wg sync.WaitGroup
	sums := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l := rw.RLocker()
			l.Lock()
			sums[i] = data["a"] + n
			l.Unlock()
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
	rw.Lock()
	data["a"] = 2
	n = 2
	rw.Unlock()
	wg.Wait()
	fmt.Println(sums, data["a"], n)
}
