// run -race exit=66

// go1.19 runs a `go` call with arguments, a receiver or results in a closure it
// synthesises (main.main.funcN, numbered after all the function's literals, in source order
// with the wrapped `defer` calls), and race reports show that closure below the callee.
// `go h()` (no arguments, no results) and `defer f()` are not wrapped.
package main

import (
	"fmt"
	"sync"
	"time"
)

var a, b, c, d, e, x, y int
var mu sync.Mutex

func f()       {}
func g(p *int) { *p = 1 }
func h()       { a = 1 }
func r() int   { return 1 }

type T struct{ p *int }

func (t T) m()   { *t.p = 1 }
func (t *T) pm() { *t.p = 1 }

func main() {
	mu.Lock()
	defer mu.Unlock()
	defer f()
	defer fmt.Print("")
	defer r()
	go h()
	go g(&b)
	t := T{&c}
	go t.m()
	go (&T{&d}).pm()
	fn := g
	go fn(&e)
	lit := func() {}
	lit()
	nested := func() {
		go g(&x)
		inner := func() {}
		inner()
	}
	nested()
	go func(p *int) {
		*p = 2
	}(&y)
	time.Sleep(100 * time.Millisecond)
	a, b, c, d, e, x, y = 2, 2, 2, 2, 2, 2, 2
}
