// run -race

// Different fields of one struct, reached through a pointer, do not race; arrays inside it
// are per element too.
package main

import (
	"fmt"
	"time"
)

type point struct {
	X, Y int
	A    [2]int
}

func main() {
	p := &point{}
	go func() {
		p.X = 1
		p.A[0] = 1
	}()
	time.Sleep(100 * time.Millisecond)
	p.Y = 2
	p.A[1] = 2
	fmt.Println(p.Y, p.A[1])
}
