// run exit=2
package main

func main() {
	var ch chan int
	close(ch)
}
