// run -race

// context cancellation: cancel closes Done(), so what the canceller wrote before cancel is
// visible after <-ctx.Done().
package main

import (
	"context"
	"fmt"
)

var x int

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		x = 1
		cancel()
	}()
	<-ctx.Done()
	fmt.Println(x, ctx.Err())
}
