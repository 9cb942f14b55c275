// run -race exit=66

// `range` over a map reads it: a later unsynchronised assignment races with the loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	go func() {
		sum := 0
		for _, v := range m {
			sum += v
		}
		fmt.Println(sum)
	}()
	time.Sleep(100 * time.Millisecond)
	m["b"] = 2
	fmt.Println(len(m))
}
