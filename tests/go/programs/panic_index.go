// run exit=2
// Unrecovered runtime panic: index out of range inside a nested call.
package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println("start", get(s, 2))
	total := 0
	for i := 0; i <= len(s); i++ {
		total += get(s, i)
		fmt.Println("total", total)
	}
	fmt.Println("unreachable")
}
