// run -race exit=66

// A local variable captured by a closure is shared memory: the goroutine's write and main's
// later read race.
package main

import (
	"fmt"
	"time"
)

func main() {
	n := 0
	go func() {
		n = 5
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(n)
}
