// run
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// context.DeadlineExceeded's dynamic type and its Timeout/Temporary methods.
func main() {
	_, ok := context.DeadlineExceeded.(interface{ Timeout() bool })
	fmt.Println(ok)
	fmt.Printf("%T %v\n", context.DeadlineExceeded, context.DeadlineExceeded)
	fmt.Printf("%T %v\n", context.Canceled, context.Canceled)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	err := ctx.Err()
	fmt.Println(err, err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))
	var te interface{ Timeout() bool }
	if errors.As(err, &te) {
		fmt.Println("timeout?", te.Timeout())
	}
	wrapped := fmt.Errorf("fetch: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded))
	t, ok := err.(interface{ Temporary() bool })
	fmt.Println(ok && t.Temporary())

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.Canceled), errors.Is(ctx2.Err(), context.DeadlineExceeded))
}
