// run -race exit=66

// `m[k]++` in two goroutines: the map itself races (lookup against assignment, in Go's
// runtime) and so does the entry's value, read and written by the program.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{}
	go func() {
		m["x"]++
	}()
	time.Sleep(100 * time.Millisecond)
	m["x"]++
	v, ok := m["y"]
	fmt.Println(m["x"], v, ok)
}
