// run -race exit=66

// A map written by a goroutine and then by main (ordered only by a sleep): a race on the map
// object itself, reported with the runtime frame Go shows first.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{}
	go func() {
		m["a"] = 1
	}()
	time.Sleep(100 * time.Millisecond)
	m["b"] = 2
	fmt.Println(len(m))
}
