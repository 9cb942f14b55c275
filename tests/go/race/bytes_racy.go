// run -race exit=66

// Byte slices: different bytes of one word do not race; the same byte does, and so does
// string(b), which reads every byte.
package main

import (
	"fmt"
	"time"
)

func main() {
	b := []byte("abcd")
	go func() {
		b[0] = 'x'
		b[2] = 'y'
	}()
	time.Sleep(100 * time.Millisecond)
	b[1] = 'z'
	b[2] = 'w'
	time.Sleep(100 * time.Millisecond)
	fmt.Println(string(b))
}
