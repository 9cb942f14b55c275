// run -race

// The completion of once.Do's function is synchronised before every once.Do returns:
// all goroutines read what the one initialiser wrote.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]int
)

func setup() {
	config = map[string]int{"n": 3}
}

func main() {
	var wg sync.WaitGroup
	got := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(setup)
			got[i] = config["n"]
		}(i)
	}
	wg.Wait()
	fmt.Println(got)
}
