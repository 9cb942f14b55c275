package main

// The graceful-shutdown pattern: workers run until SIGINT or SIGTERM cancels the context
// NotifyContext returned; a second registration with Notify sees the same signal.

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	seen := make(chan os.Signal, 1)
	signal.Notify(seen, os.Interrupt)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case <-time.After(time.Millisecond):
				}
			}
		}()
	}
	fmt.Println("ready")
	<-ctx.Done()
	wg.Wait()
	fmt.Println("shutting down:", ctx.Err(), <-seen)
}
