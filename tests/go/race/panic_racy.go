// run -race exit=2

// An unrecovered panic after a race: the report, then the panic, exit 2 and no Found line.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	go func() {
		x = 1
	}()
	time.Sleep(100 * time.Millisecond)
	x = 2
	fmt.Println("about to panic")
	panic("boom")
}
