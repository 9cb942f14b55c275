package main

// Three goroutines wait on standard input, which stays open and empty, in the three ways a Go
// program reads it; main computes and prints meanwhile, and returns.

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	go func() {
		var x int
		fmt.Scan(&x)
		fmt.Println("scanned", x)
	}()
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			fmt.Println("line", sc.Text())
		}
	}()
	go func() {
		buf := make([]byte, 10)
		n, _ := os.Stdin.Read(buf)
		fmt.Println("read", n)
	}()
	done := make(chan int)
	for w := 0; w < 4; w++ {
		go func(w int) {
			sum := 0
			for i := 0; i < 2000000; i++ {
				sum += i % (w + 3)
			}
			done <- sum
		}(w)
	}
	total := 0
	for w := 0; w < 4; w++ {
		total += <-done
	}
	fmt.Println("total", total)
}
