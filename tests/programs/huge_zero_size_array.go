package main

import "fmt"

// Go runs this (the elements take no memory) and prints 3; minigo gives every element a word,
// so the array is larger than any machine: the fatal out-of-memory error, never a crash (its
// size once wrapped around and corrupted the heap).
func main() {
	fmt.Println("before")
	n := 0
	for range [9223372036854775807]struct{}{} {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println(n)
}
