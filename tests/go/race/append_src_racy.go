// run -race exit=66

// append(a, b...) reads b's elements: a goroutine's earlier write to b races with it.
package main

import (
	"fmt"
	"time"
)

func main() {
	b := []int{1, 2}
	go func() {
		b[1] = 3
	}()
	time.Sleep(100 * time.Millisecond)
	a := append([]int{0}, b...)
	fmt.Println(a)
}
