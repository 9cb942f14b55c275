package main

// A goroutine reads a FIFO (path in $FIFO) opened for reading and writing, which only main
// writes, after computing and printing.

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.OpenFile(os.Getenv("FIFO"), os.O_RDWR, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	got := make(chan string)
	go func() {
		b := make([]byte, 10)
		n, err := f.Read(b)
		got <- fmt.Sprintf("%q %v", b[:n], err)
	}()
	sum := 0
	for i := 0; i < 3000000; i++ {
		sum += i % 7
	}
	fmt.Println("sum", sum)
	f.Write([]byte("self"))
	fmt.Println(<-got)
}
