package main

// Main floods standard output (2 MB, through fmt.Println and os.Stdout.Write) while its
// reader waits a second before reading; a goroutine sleeping in steps and printing to
// standard error (another pipe) must stay on time meanwhile, and a channel handoff between two
// other goroutines must not stall.

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	started, onTime := make(chan bool), make(chan bool)
	go func() {
		start := time.Now()
		started <- true
		for i := 0; i < 20; i++ {
			time.Sleep(10 * time.Millisecond)
			fmt.Fprintln(os.Stderr, "tick", i)
		}
		onTime <- time.Since(start) < 700*time.Millisecond
	}()
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	handoffs := make(chan int)
	go func() {
		n := 0
		for i := 0; i < 10000; i++ {
			ping <- i
			n += <-pong - i
		}
		close(ping)
		handoffs <- n
	}()
	<-started
	line := strings.Repeat("x", 99)
	for i := 0; i < 10000; i++ {
		fmt.Println(line)
		os.Stdout.Write([]byte(line + "\n"))
	}
	fmt.Println("on time", <-onTime, "handoffs", <-handoffs)
}
