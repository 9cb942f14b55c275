// run -race exit=66

// The same slice element written by a goroutine and read by main: a race on that element.
package main

import (
	"fmt"
	"time"
)

func main() {
	s := make([]int, 4)
	go func() {
		s[2] = 1
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(s[2])
}
