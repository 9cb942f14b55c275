// run -race exit=66

// Assigning a whole struct through a pointer writes every field: it races with a
// goroutine's earlier read of one field.
package main

import (
	"fmt"
	"time"
)

type point struct{ X, Y int }

func main() {
	p := &point{1, 2}
	go func() {
		fmt.Println(p.Y)
	}()
	time.Sleep(100 * time.Millisecond)
	*p = point{3, 4}
	fmt.Println(p.X)
}
