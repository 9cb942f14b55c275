package main

import (
	"fmt"
	"sync"
)

// Eight goroutines increment one unsynchronised counter: the total may be short, as in Go.
func main() {
	var n int
	var n64 int64
	var u8 uint8
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				n++
				n64 += 2
				u8++
			}
		}()
	}
	wg.Wait()
	fmt.Println(n <= 160000, n64 <= 320000, u8 >= 0)
}
