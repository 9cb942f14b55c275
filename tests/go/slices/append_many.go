// run
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6, 7)
	fmt.Println(s, len(s), cap(s))
	t := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(t, len(t), cap(t))
	u := append(make([]int, 0, 1), make([]int, 13)...)
	fmt.Println(len(u), cap(u))
	v := append([]byte{'a', 'b'}, "cdefghijk"...)
	fmt.Println(string(v), len(v), cap(v))
	w := append(s[:2], s[5:]...)
	fmt.Println(w, s)
}
