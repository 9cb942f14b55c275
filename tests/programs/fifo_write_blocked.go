package main

// A goroutine writes 1 MiB to a FIFO (path in $FIFO, opened for reading by the test, which
// reads it only after the last tick) while another ticks and prints; main prints the
// writer's result after the ticks.

import (
	"bytes"
	"fmt"
	"os"
	"time"
)

func main() {
	f, err := os.OpenFile(os.Getenv("FIFO"), os.O_WRONLY, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	wrote := make(chan string)
	go func() {
		n, err := f.Write(bytes.Repeat([]byte("0123456789abcdef"), 65536))
		wrote <- fmt.Sprint("wrote ", n, " ", err, " ", f.Close())
	}()
	for i := 1; i <= 5; i++ {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("tick", i)
	}
	fmt.Println("ticks done")
	fmt.Println(<-wrote)
}
