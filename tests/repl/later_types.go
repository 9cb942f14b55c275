package main

import (
	"fmt"
	"time"
)

type Later struct{ N int }

func (l Later) String() string { return fmt.Sprint("Later#", l.N) }

// The goroutine of later_types.in is started before Later is declared at the prompt.
func main() {
	ch := make(chan any)
	done := make(chan bool)
	go func() {
		for v := range ch {
			fmt.Printf("%v %T\n", v, v)
			done <- true
		}
	}()
	ch <- Later{7}
	fmt.Println(<-done)
	ch <- 3.5
	fmt.Println(<-done)
	_ = time.Second
}
