// run -race exit=66

// append past the capacity copies the old elements to a new array (Go's growslice reads
// them): that read races with a goroutine's earlier write of an element.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := []int{1, 2}
	go func() {
		s[1] = 5
	}()
	time.Sleep(100 * time.Millisecond)
	t := append(s[:2:2], 3)
	fmt.Println(len(t))
}
