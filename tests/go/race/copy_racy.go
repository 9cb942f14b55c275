// run -race exit=66

// `copy` reads its source range and writes its destination range: a goroutine's earlier
// element write races with main's copy from that slice.
package main

import (
	"fmt"
	"time"
)

func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 3)
	go func() {
		src[1] = 20
	}()
	time.Sleep(100 * time.Millisecond)
	copy(dst, src)
	fmt.Println(dst)
}
