// run -race

// Typed atomics (atomic.Int32, atomic.Bool) and atomic.Value publish what was written
// before their Store to whoever Loads the stored value.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

type config struct{ name string }

var (
	a, b, c int
	count   atomic.Int32
	flag    atomic.Bool
	cfg     atomic.Value
)

func main() {
	go func() {
		a = 1
		count.Store(5)
		b = 2
		flag.Store(true)
		c = 3
		cfg.Store(config{"on"})
	}()
	for count.Load() != 5 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(a)
	for !flag.Load() {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(b)
	for cfg.Load() == nil {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(c, cfg.Load().(config).name)
}
