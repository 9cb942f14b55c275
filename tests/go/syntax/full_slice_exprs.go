// run
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	a := arr[:]
	b := arr[1:4:5]
	c := a[2:]
	d := a[:3:3]
	e := (&arr)[4:]
	fmt.Println(a, b, c, d, e, len(b), cap(b), cap(d))
	s := "string"
	fmt.Println(s[1:], s[:2], s[2:4])
	p := &arr
	fmt.Println(p[1:2], len(p[:0]))
}
