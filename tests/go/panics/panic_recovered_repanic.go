// run exit=2
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("again: %v", r))
	}()
	panic("first")
}
