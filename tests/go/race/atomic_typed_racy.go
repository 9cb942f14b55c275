// run -race exit=66

// Three writes after the Store that publishes them: each races with main's read after the
// matching Load (three reports, one per variable).
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var (
	a, b, c int
	count   atomic.Int32
	flag    atomic.Bool
	cfg     atomic.Value
)

func main() {
	go func() {
		count.Store(5)
		a = 1
		flag.Store(true)
		b = 2
		cfg.Store("on")
		c = 3
	}()
	for count.Load() != 5 || !flag.Load() || cfg.Load() == nil {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println(a, b, c)
}
