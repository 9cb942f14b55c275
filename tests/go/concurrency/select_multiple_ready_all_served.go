// run procs=1,4
package main

import "fmt"

func main() {
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	close(a)
	close(b)
	na, nb, sum := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			na++
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			nb++
			sum += v
		}
	}
	fmt.Println(na, nb, sum)
}
