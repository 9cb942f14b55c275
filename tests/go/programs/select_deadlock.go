// run exit=2
// Empty select and select on nil channels block forever: deadlock.
package main

import "fmt"

func main() {
	var in chan int
	out := make(chan int)
	go func() {
		for v := range out {
			fmt.Println("got", v)
		}
	}()
	out <- 1
	out <- 2
	select {
	case v := <-in:
		fmt.Println(v)
	}
}
