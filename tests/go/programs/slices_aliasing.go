// run
// Slice semantics: append aliasing, capacity growth sharing, copy, full slice expressions, 2-D pitfalls.
package main

import "fmt"

func appendOne(s []int) []int {
	return append(s, 1)
}

func modify(s []int) {
	s[0] = 99
	s = append(s, 100)
	s[1] = 98
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(a))
	d := a[:3:3]
	e := append(d, 6)
	e[0] = -1
	fmt.Println(a, d, e)

	s := []int{1, 2, 3}
	modify(s)
	fmt.Println(s)
	s2 := make([]int, 2, 5)
	modify(s2)
	fmt.Println(s2, s2[:3])

	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	var bs = make([]byte, 3)
	fmt.Println(copy(bs, "hello"), string(bs))

	row := make([]int, 3)
	grid := [][]int{row, row}
	grid[0][0] = 7
	fmt.Println(grid)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty))
	nilS = append(nilS, 1, 2, 3)
	fmt.Println(nilS, appendOne(nilS[:1]), nilS)

	x := []string{"a", "b", "c", "d", "e"}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	y := x[1:2]
	fmt.Println(y, len(y), cap(y), y[:cap(y)])
	filtered := x[:0]
	for _, v := range x {
		if v != "d" {
			filtered = append(filtered, v)
		}
	}
	fmt.Println(filtered, x)
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	sl = append(sl, 40)
	fmt.Println(arr, sl)
	var caps []int
	var g []int
	last := -1
	for i := 0; i < 2000; i++ {
		g = append(g, i)
		if cap(g) != last {
			last = cap(g)
			caps = append(caps, last)
		}
	}
	fmt.Println(caps)
}
