// run
package main

import "fmt"

func main() {
	s := "a"
	t := s
	s += "b"
	s = s + "c" + s
	fmt.Println(s, t, len(s))
	var acc string
	for i := 0; i < 5; i++ {
		acc += string(rune('0' + i))
	}
	fmt.Println(acc)
	x := "x"
	y := x + ""
	fmt.Println(x == y)
}
