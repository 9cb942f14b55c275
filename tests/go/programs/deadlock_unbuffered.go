// run exit=2
// Classic beginner deadlock: send on unbuffered channel with no receiver.
package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("sending")
	ch <- "hello"
	fmt.Println(<-ch)
}
