package main

// Without Notify, SIGINT ends the program by the signal, as a Go binary's default.

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("ready")
	time.Sleep(time.Minute)
	fmt.Println("not reached")
}
