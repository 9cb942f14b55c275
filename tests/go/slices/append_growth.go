// run
package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println(len(s), cap(s))
			prev = cap(s)
		}
	}
}
