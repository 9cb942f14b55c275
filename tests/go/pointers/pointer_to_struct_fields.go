// run
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	px := &p.X
	*px = 10
	pp := &p
	pp.Y = 20
	(*pp).X++
	fmt.Println(p)
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe = 200
	fmt.Println(arr)
	s := []int{1, 2, 3}
	ps := &s[0]
	s = append(s, 4)
	*ps = 100
	fmt.Println(s[0])
}
