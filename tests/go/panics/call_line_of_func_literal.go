// run exit=2
// gc's position of a call is its '(' : a multi-line function literal called in place is
// reported on the line of its closing '}()', not where 'func' starts.
package main

import "fmt"

func main() {
	fmt.Println("start")
	func() {
		var m map[string]int
		m["x"] = 1
	}()
}
