// run -race

// sync.Map: a Store is synchronised before a Load that returns the stored value, so the
// data the value points to is published with it.
package main

import (
	"fmt"
	"sync"
	"time"
)

type box struct{ n int }

func main() {
	var m sync.Map
	go func() {
		b := &box{}
		b.n = 9
		m.Store("k", b)
	}()
	for {
		if v, ok := m.Load("k"); ok {
			fmt.Println(v.(*box).n)
			return
		}
		time.Sleep(time.Millisecond)
	}
}
