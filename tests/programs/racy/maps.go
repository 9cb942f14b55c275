package main

import (
	"fmt"
	"sync"
)

// Goroutines write, read, delete and range over one map without a lock: Go stops such a
// program with "fatal error: concurrent map writes" (or read and write) when it notices.
func main() {
	m := map[int]string{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				m[i%64] = fmt.Sprint(g, i)
				_ = m[(i+1)%64]
				if i%7 == 0 {
					delete(m, i%64)
				}
				if i%100 == 0 {
					for k, v := range m {
						_, _ = k, v
					}
				}
				_ = len(m)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(m) <= 64)
}
