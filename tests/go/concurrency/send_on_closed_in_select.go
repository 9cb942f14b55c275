// run exit=2 procs=1,4
package main

func main() {
	ch := make(chan int, 5)
	close(ch)
	select {
	case ch <- 1:
	default:
	}
}
