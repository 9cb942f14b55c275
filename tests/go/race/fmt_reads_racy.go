// run -race exit=66

// fmt reads what it prints: a slice's elements and a struct's fields written by a goroutine
// race with printing them.
package main

import (
	"fmt"
	"time"
)

type point struct{ x, y int }

func main() {
	s := []int{1, 2, 3}
	p := &point{1, 2}
	go func() {
		s[1] = 5
		p.y = 7
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(s)
	fmt.Println(p)
}
