package main

// main waits in fmt.Scan for input that comes late: no deadlock, it just waits; then a
// goroutine's bufio.Reader and main's next Scan share the rest of the input.

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var n int
	fmt.Scan(&n)
	fmt.Println("n =", n)
	lines := make(chan string)
	go func() {
		r := bufio.NewReader(os.Stdin)
		for i := 0; i < n; i++ {
			l, err := r.ReadString('\n')
			if err != nil {
				fmt.Println("error:", err)
				break
			}
			lines <- l
		}
		close(lines)
	}()
	for l := range lines {
		fmt.Printf("%q\n", l)
	}
}
