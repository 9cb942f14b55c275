// run -race exit=66

// append within capacity writes the new elements in place: a goroutine's append races with
// main's later read of that element through another slice of the same array.
package main

import (
	"fmt"
	"time"
)

func main() {
	base := make([]int, 1, 4)
	go func() {
		_ = append(base, 5)
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(base[:2][1])
}
