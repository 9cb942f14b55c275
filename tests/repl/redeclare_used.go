package main

import "fmt"

var data = []int{1, 2, 3}

func sum() int {
	t := 0
	for _, v := range data {
		t += v
	}
	return t
}

// redeclare_used.in: a session function follows a redeclared variable of the same type; a
// redeclaration its functions cannot compile with is rejected (nothing of it runs).
func main() {
	fmt.Println(sum())
	data = []int{10, 20}
	fmt.Println(sum())
	old := sum
	fmt.Println(old())
}
