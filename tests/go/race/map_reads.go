// run -race

// Concurrent reads of a map (lookup, len, range) do not race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sum := 0
			for _, v := range m {
				sum += v
			}
			out[i] = sum + m["a"] + len(m)
		}(i)
	}
	wg.Wait()
	fmt.Println(out)
}
