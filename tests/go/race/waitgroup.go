// run -race

// Every Done is synchronised before the Wait it unblocks: several workers' writes are all
// visible after one Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			results[i] = i * i
			wg.Done()
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		total += r
	}
	fmt.Println(results, total)
}
