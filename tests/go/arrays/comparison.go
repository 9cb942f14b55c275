// run
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	s1 := [2]string{"a", "b"}
	s2 := [2]string{"a", "b"}
	fmt.Println(s1 == s2)
	type P struct{ X, Y int }
	fmt.Println([2]P{{1, 2}, {3, 4}} == [2]P{{1, 2}, {3, 4}})
}
