// run -race exit=66

// Many goroutines increment one counter with no synchronisation, one after another in
// time: every increment races, but Go reports one address once.
package main

import (
	"fmt"
	"time"
)

var counter int

func main() {
	for i := 0; i < 8; i++ {
		go func() {
			counter++
		}()
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println(counter)
}
