// run procs=1,4
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Println("goroutine", i)
			runtime.Gosched()
		}
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	wg.Wait()
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0))
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred before goexit")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	<-done
	block := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	runtime.GC()
	fmt.Println(runtime.NumCPU() > 0)
}
