// run -race

// A send is synchronised before the corresponding receive completes (buffered channel).
package main

import "fmt"

var x int

func main() {
	ch := make(chan int, 3)
	go func() {
		x = 1
		ch <- 0
	}()
	<-ch
	fmt.Println(x)
}
