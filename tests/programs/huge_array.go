package main

import "fmt"

// A 2^48-byte array: Go compiles it and dies at run time with a fatal out-of-memory error
// (exit 2); so must minigo, without crashing.
func main() {
	fmt.Println("before")
	var a [1 << 45]int64
	a[1] = 1
	fmt.Println(len(a), a[1])
}
