// errorcheck
package main

func f(ch <-chan int) {
	ch <- 1 // ERROR "invalid operation: cannot send to receive-only channel ch \(variable of type <-chan int\)"
}

func g(ch chan<- int) {
	<-ch // ERROR "invalid operation: cannot receive from send-only channel ch \(variable of type chan<- int\)"
}

func main() {}
