package main

// After Notify and Stop, SIGINT has its default action again: it ends the program.

import (
	"fmt"
	"os"
	"os/signal"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	signal.Stop(c)
	fmt.Println("ready")
	time.Sleep(time.Minute)
	fmt.Println("not reached")
}
