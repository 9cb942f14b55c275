package main

import "fmt"

// The panicking goroutine's deferred close readies main, which may return before the panic
// is printed: Go's runtime.main waits for panicking goroutines, so the exit status is 2.

func main() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		panic("boom")
	}()
	<-done
	fmt.Println("main returns")
}
