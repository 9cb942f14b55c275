package main

// Main floods standard output (2 MB) to a reader that waits a second, then blocks for good:
// waiting for the pipe is no deadlock, the receive afterwards is.

import (
	"fmt"
	"strings"
)

func main() {
	line := strings.Repeat("y", 99)
	for i := 0; i < 20000; i++ {
		fmt.Println(line)
	}
	ch := make(chan int)
	<-ch
}
