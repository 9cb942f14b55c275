// run exit=2
// WaitGroup misuse: Add without Done; all goroutines asleep.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			mu.Lock()
			total += n
			mu.Unlock()
			if n != 2 {
				wg.Done()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
