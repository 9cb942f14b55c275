package main

import "fmt"

// Prints forever: only a closed stdout (SIGPIPE) ends it.

func main() {
	for i := 0; ; i++ {
		fmt.Println("line", i)
	}
}
