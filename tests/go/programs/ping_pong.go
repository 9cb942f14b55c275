// run
// Ping-pong between goroutines over unbuffered channels: strictly alternating deterministic output.
package main

import (
	"fmt"
	"sync"
)

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		ball, ok := <-table
		if !ok {
			return
		}
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits >= 10 {
			done <- name
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string, 1)
	var wg sync.WaitGroup
	wg.Add(2)
	go player("ping", table, done, &wg)
	table <- new(Ball)
	go player("pong", table, done, &wg)
	winner := <-done
	close(table)
	wg.Wait()
	fmt.Println("last hit by", winner)

	tokens := make([]chan int, 4)
	for i := range tokens {
		tokens[i] = make(chan int)
	}
	finished := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(id int) {
			for {
				v := <-tokens[id]
				if v > 12 {
					finished <- true
					return
				}
				fmt.Printf("node %d token %d\n", id, v)
				tokens[(id+1)%4] <- v + 1
			}
		}(i)
	}
	tokens[0] <- 1
	<-finished
}
