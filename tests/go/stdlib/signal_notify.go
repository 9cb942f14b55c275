// run
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	fmt.Println(os.Interrupt, os.Kill, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT, syscall.Signal(40), syscall.SIGUSR1)
	fmt.Printf("%v %d %T\n", os.Interrupt, syscall.SIGINT, os.Interrupt)
	var s os.Signal = syscall.SIGTERM
	fmt.Println(s == syscall.SIGTERM, s == os.Interrupt, signal.Ignored(os.Interrupt))
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	fmt.Println("got", <-c)
	signal.Stop(c)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP)
	defer stop()
	fmt.Println(ctx.Err())
	syscall.Kill(syscall.Getpid(), syscall.SIGHUP)
	select {
	case <-ctx.Done():
		fmt.Println("ctx:", ctx.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	signal.Ignore(syscall.SIGUSR1)
	fmt.Println(signal.Ignored(syscall.SIGUSR1))
}
