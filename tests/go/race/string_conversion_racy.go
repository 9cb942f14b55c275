// run -race exit=66

// string(b) reads every byte of b (and string(r) every rune of r) in Go's runtime: a
// goroutine's unsynchronised write to one of them races with the conversion.
package main

import (
	"fmt"
	"time"
)

func main() {
	b := []byte("hello")
	r := []rune("héllo")
	go func() {
		b[1] = 'a'
		r[4] = 'O'
	}()
	time.Sleep(100 * time.Millisecond)
	s := string(b)
	t := string(r)
	fmt.Println(s, t)
}
