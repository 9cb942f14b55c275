// run procs=1,4
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context) error {
	select {
	case <-time.After(2 * time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	err := slow(ctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	ctx2 := context.WithValue(context.Background(), "k", "v")
	fmt.Println(ctx2.Value("k"), ctx2.Value("missing"))
}
