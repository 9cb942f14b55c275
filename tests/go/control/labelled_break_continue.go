// run
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 5:
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
sel:
	for {
		select {
		case v := <-ch:
			if v == 2 {
				break sel
			}
			fmt.Println("got", v)
		}
	}
	fmt.Println("left", len(ch))
}
