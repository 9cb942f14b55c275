// run exit=2
// Deadlock: main waits on a channel nobody sends to; worker blocked too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		ch <- 1
	}()
	go func() {
		defer wg.Done()
		fmt.Println("got", <-ch)
	}()
	wg.Wait()
	fmt.Println("first round done")
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("got", <-ch)
	}()
	wg.Wait()
}
