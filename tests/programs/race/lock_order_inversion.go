// Two mutexes taken in opposite orders by two goroutines: this run does not deadlock (the
// goroutine starts after main released both), but another could; -race warns.
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

func ba() {
	b.Lock()
	a.Lock()
	a.Unlock()
	b.Unlock()
}

func main() {
	ab()
	done := make(chan bool)
	go func() {
		ba()
		done <- true
	}()
	<-done
	fmt.Println("no deadlock this time")
}
