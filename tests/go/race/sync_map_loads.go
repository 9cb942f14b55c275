// run -race

// Two goroutines load a key stored just before: Go's first Load promotes the map's dirty
// part under its internal mutex and atomically publishes it, and the second Load acquires
// that, so the first loader's earlier write is ordered before the second's read: no report.
package main

import (
	"fmt"
	"sync"
	"time"
)

var x int

func main() {
	var m sync.Map
	m.Store("k", 1)
	go func() {
		x = 1
		m.Load("k")
	}()
	time.Sleep(100 * time.Millisecond)
	m.Load("k")
	fmt.Println(x)
}
