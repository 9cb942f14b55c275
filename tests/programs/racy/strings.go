package main

import (
	"fmt"
	"strings"
	"sync"
)

// One goroutine stores strings of different lengths in a shared variable while others index,
// slice, range over and concatenate it: each read sees one whole string.
func main() {
	s := "x"
	long := strings.Repeat("y", 1000)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20000; i++ {
			if i%2 == 0 {
				s = long
			} else {
				s = "ab"
			}
		}
	}()
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				t := s
				if len(t) > 1 {
					_ = t[len(t)-1]
					_ = t[1:]
				}
				for range t[:1] {
				}
				_ = t + "z"
				if len(t) != 1 && len(t) != 2 && len(t) != 1000 {
					panic("torn string")
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
