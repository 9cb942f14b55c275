// run exit=2 procs=1,4
package main

import "sync"

func sender(ch chan int, wg *sync.WaitGroup) {
	wg.Done()
	ch <- 1
}

func main() {
	var wg sync.WaitGroup
	a := make(chan int)
	b := make(chan string)
	wg.Add(2)
	go sender(a, &wg)
	go func() {
		wg.Done()
		<-b
	}()
	wg.Wait()
	var block chan bool
	<-block
}
