// run -race exit=66

// Two distinct races (two variables, two pairs of accesses): two reports, Found 2.
package main

import (
	"fmt"
	"time"
)

var a, b int

func main() {
	go func() {
		a = 1
		b = 1
	}()
	time.Sleep(100 * time.Millisecond)
	a = 2
	fmt.Println(b)
}
