// run -race

// A send is synchronised before the corresponding receive completes (unbuffered channel):
// the goroutine's write before the send is visible after main's receive.
package main

import "fmt"

var x int

func main() {
	ch := make(chan int)
	go func() {
		x = 1
		ch <- 0
	}()
	<-ch
	fmt.Println(x)
}
