// run
// []int8 / [N]int8 elements (now a word each), pointers to them, append, copy, sort,
// equality, map keys, fmt; uint8 and bool elements stay bytes.

package main

import (
	"fmt"
	"sort"
)

type E int8

func (e E) String() string { return fmt.Sprintf("E(%d)", int8(e)) }

func main() {
	s := []int8{-1, 127, -128, 5}
	s[0]--
	p := &s[1]
	*p++
	fmt.Println(s, len(s), cap(s))
	s = append(s, -3, -4)
	fmt.Println(s, cap(s))
	a := [3]int8{-1, -2, -3}
	b := a
	b[1] = 100
	fmt.Println(a, b, a == b, a == [3]int8{-1, -2, -3})
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	fmt.Println(s)
	es := []E{-1, 2}
	fmt.Println(es, es[0])
	fmt.Printf("%v %d %x %T\n", s, s, s, s)
	m := map[[2]int8]int{{-1, -2}: 3}
	fmt.Println(m[[2]int8{-1, -2}])
	c := make([]int8, 3)
	n := copy(c, s)
	fmt.Println(n, c)
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var pp *int8 = new(int8)
	*pp = -7
	fmt.Println(*pp, int(*pp)+1)
	u := []uint8{255, 0}
	u[1]--
	fmt.Println(u)
	bs := []bool{true, false}
	q := &bs[1]
	*q = true
	fmt.Println(bs)
}
