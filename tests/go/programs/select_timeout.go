// run
// select with time.After timeouts (generous margins), default case, nil channels, ticker counts.
package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		c1 <- "result 1"
	}()
	select {
	case res := <-c1:
		fmt.Println(res)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	c2 := make(chan string, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c2 <- "result 2"
	}()
	select {
	case res := <-c2:
		fmt.Println(res)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	msgs := make(chan string)
	select {
	case m := <-msgs:
		fmt.Println("received", m)
	default:
		fmt.Println("no message received")
	}
	select {
	case msgs <- "hi":
		fmt.Println("sent")
	default:
		fmt.Println("no message sent")
	}
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("sum", sum, "n", n)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second, 2*time.Minute+3*time.Second)
}
