// run -race exit=66

// The value's field is written after the Store: the Load does not order that write.
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
		m.Store("k", b)
		b.n = 9
	}()
	time.Sleep(100 * time.Millisecond)
	if v, ok := m.Load("k"); ok {
		fmt.Println(v.(*box).n)
	}
}
