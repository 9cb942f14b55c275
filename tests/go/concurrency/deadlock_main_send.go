// run exit=2 procs=1,4
package main

func main() {
	ch := make(chan int)
	ch <- 1
}
