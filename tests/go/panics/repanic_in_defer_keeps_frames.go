// run exit=2
// A panic raised inside a call deferred by an unwinding panic shows, below the deferred call,
// the frames where the first panic started (Go runs deferred calls on top of them).
package main

import "fmt"

type T struct{ n int }

//go:noinline
func (t *T) check() {
	if t.n > 2 {
		panic(fmt.Sprintf("n too large: %d", t.n))
	}
	t.n++
	t.check()
}

//go:noinline
func run(t *T) {
	defer fmt.Println("run's defer")
	t.check()
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		func() { panic(fmt.Errorf("wrapped: %v", r)) }()
	}()
	run(&T{})
}
