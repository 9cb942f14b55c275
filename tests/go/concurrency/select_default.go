// run procs=1,4
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("empty, default")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full, default")
	}
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("not reached")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("never")
	case <-nilCh:
		fmt.Println("never")
	default:
		fmt.Println("nil channels never ready")
	}
}
