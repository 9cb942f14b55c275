package main

import "fmt"

func pair() (int, bool) { return 7, true }

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["b"]
	fmt.Println(v, ok)
	s := []int{3, 1, 2}
	fmt.Println(len(s), cap(s))
	x, y := 1, "two"
	fmt.Println(x,
		y)
	fmt.Println(pair())
}
