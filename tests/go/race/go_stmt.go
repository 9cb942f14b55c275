// run -race

// The `go` statement is synchronised before the goroutine starts: what main wrote before
// `go` is visible to the goroutine without a report.
package main

import "fmt"

var x int

func main() {
	x = 42
	done := make(chan bool)
	go func() {
		fmt.Println(x)
		done <- true
	}()
	<-done
}
