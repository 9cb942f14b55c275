// run -race

// A send made by a `select` send case is synchronised before the receive completes, like a
// plain send.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	never := make(chan int)
	go func() {
		x = 1
		select {
		case ch <- 0:
		case <-never:
		}
	}()
	<-ch
	fmt.Println(x)
}
