// errorcheck

// Snippet from the notes (003, "control flow: if statements"), as written:
//     if msg, ok := <ch, ok {...}
// The receive operator is "<-" (not "<"), and the init statement must be
// separated from the condition by ";" (not ","). Corrected in
// examples/25_comma_ok_receive.go:
//     if msg, ok := <-ch; ok {...}

package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	if msg, ok := <ch, ok { fmt.Println(msg) } // ERROR "syntax error: unexpected <, expecting expression"
}
