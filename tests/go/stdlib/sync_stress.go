// run procs=1,4
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n)
	var rw sync.RWMutex
	m := map[int]int{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				if i%10 == 0 {
					rw.Lock()
					m[i%100]++
					rw.Unlock()
				} else {
					rw.RLock()
					_ = m[i%100]
					rw.RUnlock()
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	_ = start
}
