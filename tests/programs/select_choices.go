// select_choices.go: prints which of several always-ready select cases is chosen, and the
// interleaving of goroutines preempted in busy loops — both random in Go. Under
// `minigo run -seed N` with GOMAXPROCS=1 the output must be the same on every run.
package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b, c := make(chan int, 100), make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 1
		b <- 2
		c <- 3
	}
	picks := ""
	for i := 0; i < 60; i++ {
		select {
		case v := <-a:
			picks += fmt.Sprint(v)
		case v := <-b:
			picks += fmt.Sprint(v)
		case v := <-c:
			picks += fmt.Sprint(v)
		}
	}
	fmt.Println(picks)

	var mu sync.Mutex
	order := ""
	var wg sync.WaitGroup
	for g := 0; g < 3; g++ {
		g := g
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 4; k++ {
				x := 0
				for j := 0; j < 30000; j++ {
					x += j
				}
				mu.Lock()
				order += fmt.Sprint(g)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(order)
	m := map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true}
	keys := ""
	for k := range m {
		keys += fmt.Sprint(k)
	}
	fmt.Println(keys)
}
