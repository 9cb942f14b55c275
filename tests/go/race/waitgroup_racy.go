// run -race exit=66

// A write after Done is not ordered before what follows Wait.
package main

import (
	"fmt"
	"sync"
	"time"
)

var x int

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		x = 1
	}()
	wg.Wait()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
}
