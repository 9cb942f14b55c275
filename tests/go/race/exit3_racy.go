// run -race exit=3

// os.Exit(3) after a race: the report is printed when found, but there is no Found line and
// the status stays 3.
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
	os.Exit(3)
}
