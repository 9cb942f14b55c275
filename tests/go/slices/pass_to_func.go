// run
package main

import "fmt"

func setFirst(s []int) { s[0] = 100 }
func grow(s []int) { s = append(s, 1); s[0] = -5 }
func growPtr(s *[]int) { *s = append(*s, 7) }

func main() {
	s := []int{1, 2, 3}
	setFirst(s)
	fmt.Println(s)
	grow(s)
	fmt.Println(s)
	growPtr(&s)
	fmt.Println(s, len(s))
	t := make([]int, 1, 5)
	grow(t)
	fmt.Println(t, t[:2])
}
