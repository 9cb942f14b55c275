// run exit=2 procs=1,4
// A one-case select without default waits as the plain channel operation (gc rewrites it):
// deadlock tracebacks say 'chan receive (nil chan)', 'chan send', ... instead of 'select'.
package main

import (
	"fmt"
	"time"
)

func main() {
	var nilc chan int
	c := make(chan int)
	d := make(chan int)
	go func() {
		select {
		case nilc <- 1:
		}
	}()
	time.Sleep(100 * time.Millisecond)
	go func() {
		select {
		case c <- 1:
		}
	}()
	time.Sleep(100 * time.Millisecond)
	go func() {
		select {
		case v := <-d:
			fmt.Println(v)
		}
	}()
	time.Sleep(100 * time.Millisecond)
	go func() {
		select {
		case <-d:
		case <-nilc:
		}
	}()
	time.Sleep(100 * time.Millisecond)
	go func() {
		select {
		case <-nilc:
		default:
			fmt.Println("default taken")
		}
		select {}
	}()
	time.Sleep(100 * time.Millisecond)
	select {
	case <-nilc:
	}
}
