// run exit=2
package main

import (
	"fmt"
	"time"
)

func worker() {
	defer fmt.Println("worker deferred")
	panic("in goroutine")
}

func main() {
	defer fmt.Println("main deferred: not printed")
	go worker()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
