// run -race

// close is synchronised before a receive that returns the zero value because the channel
// is closed; `range` over the channel ends by such a receive.
package main

import "fmt"

var x, y int

func main() {
	ch := make(chan int)
	go func() {
		x = 1
		close(ch)
	}()
	v, ok := <-ch
	fmt.Println(v, ok, x)

	nums := make(chan int, 2)
	go func() {
		nums <- 1
		nums <- 2
		y = 3
		close(nums)
	}()
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println(sum, y)
}
