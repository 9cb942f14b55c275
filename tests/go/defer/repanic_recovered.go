// run exit=2
package main

import "fmt"

func main() {
	defer fmt.Println("main deferred runs")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}
