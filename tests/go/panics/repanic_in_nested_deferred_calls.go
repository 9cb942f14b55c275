// run exit=2
// A deferred call that recovered A panics with B; its own deferred call recovers B and
// panics with C: Go prints the whole chain with [recovered] marks.

package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("got", recover())
		defer func() {
			recover()
			panic("C")
		}()
		panic("B")
	}()
	panic("A")
}
