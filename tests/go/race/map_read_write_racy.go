// run -race exit=66

// A map lookup in a goroutine and a later assignment in main: read vs write of the map.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{1: 1}
	go func() {
		fmt.Println(m[1])
	}()
	time.Sleep(100 * time.Millisecond)
	m[2] = 2
	fmt.Println(len(m))
}
