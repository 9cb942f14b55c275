// run
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{99}, s[1:]...)...)
	fmt.Println(s)
	var filtered []int
	for _, v := range s {
		if v%2 == 1 {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered)
	for l, r := 0, len(s)-1; l < r; l, r = l+1, r-1 {
		s[l], s[r] = s[r], s[l]
	}
	fmt.Println(s)
}
