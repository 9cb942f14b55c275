// run
// context.WithCancel and WithTimeout stopping workers; ctx.Err values; WithValue.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type key string

func worker(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- id*100 + i:
		}
	}
}

func slowOp(ctx context.Context) error {
	select {
	case <-time.After(2 * time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	got := 0
	for v := range out {
		_ = v
		got++
		if got == 10 {
			break
		}
	}
	cancel()
	wg.Wait()
	fmt.Println("received", got, "err:", ctx.Err())

	tctx, tcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer tcancel()
	err := slowOp(tctx)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("missing")))
	fmt.Println(context.Background().Err(), context.Canceled)
}
