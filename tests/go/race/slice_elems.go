// run -race

// Goroutines writing different elements of one slice do not race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 4)
	var wg sync.WaitGroup
	for i := range s {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s[i] = i + 1
		}(i)
	}
	wg.Wait()
	fmt.Println(s)
}
