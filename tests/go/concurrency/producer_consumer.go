// run procs=1,4
package main

import "fmt"

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	a := make(chan int)
	b := make(chan int, 2)
	go produce(10, a)
	go square(a, b)
	sum := 0
	for v := range b {
		sum += v
	}
	fmt.Println(sum)
}
