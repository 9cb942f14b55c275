// run exit=2 procs=1,4
package main

func main() {
	var ch chan int
	<-ch
}
