// run -race exit=66

// os.Exit(0) after a race: Go prints the Found line and exits 66.
package main

import (
	"fmt"
	"os"
	"time"
)

var x int

func main() {
	go func() {
		x = 1
	}()
	time.Sleep(100 * time.Millisecond)
	x = 2
	fmt.Println("exiting")
	os.Exit(0)
}
