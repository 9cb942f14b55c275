// run -race exit=66

// `delete` is a write of the map: it races with an earlier unsynchronised `len`.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	go func() {
		fmt.Println(len(m))
	}()
	time.Sleep(100 * time.Millisecond)
	delete(m, "a")
	fmt.Println(m["b"])
}
