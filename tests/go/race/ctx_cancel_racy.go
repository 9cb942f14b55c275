// run -race exit=66

// A write after cancel is not ordered before what follows <-ctx.Done().
package main

import (
	"context"
	"fmt"
	"time"
)

var x int

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		cancel()
		x = 1
	}()
	<-ctx.Done()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(x)
}
