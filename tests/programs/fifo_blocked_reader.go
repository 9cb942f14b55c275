package main

// A goroutine reads a FIFO (path in $FIFO) whose writer stays silent until main has printed;
// main computes and prints meanwhile, then waits for the goroutine, which gets the late data
// and the end of input. Standard input stays open and empty.

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.Open(os.Getenv("FIFO"))
	if err != nil {
		fmt.Println(err)
		return
	}
	got := make(chan string)
	go func() {
		var all []byte
		buf := make([]byte, 4)
		for {
			n, err := f.Read(buf)
			all = append(all, buf[:n]...)
			if err != nil {
				got <- fmt.Sprintf("%q %v", all, err == io.EOF)
				return
			}
		}
	}()
	go func() {
		buf := make([]byte, 3)
		_, err := os.Stdin.Read(buf)
		fmt.Println("stdin:", err)
	}()
	sum := 0
	for i := 0; i < 3000000; i++ {
		sum += i % 7
	}
	fmt.Println("sum", sum)
	fmt.Println(<-got)
	fmt.Println(f.Close())
	_, err = f.Read(make([]byte, 1))
	fmt.Println(errors.Is(err, os.ErrClosed))
}
