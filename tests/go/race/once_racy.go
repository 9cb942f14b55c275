// run -race exit=66

// A write after once.Do returns is not ordered before a later once.Do's return.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	once sync.Once
	x    int
)

func main() {
	go func() {
		once.Do(func() {})
		x = 1
	}()
	time.Sleep(100 * time.Millisecond)
	once.Do(func() {})
	fmt.Println(x)
}
