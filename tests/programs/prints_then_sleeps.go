package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("first")
	time.Sleep(1500 * time.Millisecond)
	fmt.Println("second")
}
