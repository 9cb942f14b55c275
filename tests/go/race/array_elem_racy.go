// run -race exit=66

// A global array: the same element races, different elements (0 and 1) do not.
package main

import (
	"fmt"
	"time"
)

var arr [4]int

func main() {
	go func() {
		arr[0] = 1
		arr[3] = 1
	}()
	time.Sleep(100 * time.Millisecond)
	arr[1] = 2
	arr[3] = 2
	fmt.Println(arr)
}
