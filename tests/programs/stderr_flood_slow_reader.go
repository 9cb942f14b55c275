package main

// Main floods standard error (2 MB, through package log and os.Stderr.Write) while its
// reader waits a second before reading; a goroutine sleeping in steps must stay on time
// meanwhile.

import (
	"fmt"
	"log"
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
		}
		onTime <- time.Since(start) < 700*time.Millisecond
	}()
	<-started
	log.SetFlags(0)
	line := strings.Repeat("x", 99)
	for i := 0; i < 10000; i++ {
		log.Print(line)
		os.Stderr.Write([]byte(line + "\n"))
	}
	fmt.Println("on time", <-onTime)
}
