// Two races on two globals, each ordered by a sleep (for GORACE option tests).
package main

import (
	"fmt"
	"time"
)

var x, y int

func main() {
	go func() {
		x = 1
		y = 1
	}()
	time.Sleep(50 * time.Millisecond)
	x = 2
	y = 2
	fmt.Println(x, y)
}
