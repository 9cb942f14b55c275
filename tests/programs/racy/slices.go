package main

import (
	"fmt"
	"sync"
)

// Goroutines append to, re-slice, index and copy one shared slice variable: elements may be
// lost, as in Go, but every index stays within the slice that was read.
func main() {
	var s []int
	arr := make([]int, 100)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				s = append(s, i)
				if len(s) > 50 {
					s = s[len(s)-10:]
				}
				t := s
				if len(t) > 0 {
					_ = t[len(t)-1]
				}
				arr[i%100] = g
				copy(arr[(i+1)%50:], arr[:10])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(s) <= 60, len(arr))
}
