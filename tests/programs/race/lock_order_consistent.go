// The same two mutexes always taken in one order: no lock-order warning.
package main

import (
	"fmt"
	"sync"
)

var a, b sync.Mutex

func ab() {
	a.Lock()
	b.Lock()
	b.Unlock()
	a.Unlock()
}

func main() {
	ab()
	done := make(chan bool)
	go func() {
		ab()
		done <- true
	}()
	<-done
	fmt.Println("ok")
}
