// run exit=2
package main

import "fmt"

type T struct{}

func (t *T) method(n int) { level3(n) }

func level3(n int) {
	if n > 2 {
		panic(fmt.Sprintf("too deep: %d", n))
	}
}

func level2(n int) { var t T; t.method(n) }

func main() {
	defer fmt.Println("deferred in main still runs")
	level2(1)
	level2(3)
}
