// run go1.22
// clear zeroes struct and array elements in place (pointers to them see zero), and
// works under defer and go; clear of a nil slice, of byte sub-slices and interface slices.
// Expectations reasoned from the spec (go1.19 has no clear).

package main

import "fmt"

type P struct {
	a [2]int
	s string
}

func main() {
	s := []int{1, 2, 3}
	m := map[int]int{1: 1}
	ps := []P{{[2]int{1, 2}, "x"}}
	pp := &ps[0]
	func() {
		defer clear(s[1:])
		defer clear(m)
		defer clear(ps)
		fmt.Println("before", s, len(m), ps)
	}()
	fmt.Println(s, len(m), ps, *pp)
	var nilS []string
	clear(nilS)
	bs := []byte("hello")
	clear(bs[:2])
	fmt.Printf("%q %v\n", bs, nilS == nil)
	done := make(chan bool)
	go clear(s)
	go func() { done <- true }()
	<-done
	x := []interface{}{1, "a"}
	clear(x)
	fmt.Println(x)
}

func init() {
	s := []struct{ x, y int }{{1, 2}, {3, 4}}
	p := &s[0]
	clear(s)
	fmt.Println(s, *p)
	a := [][2]int{{1, 2}}
	q := &a[0]
	clear(a)
	fmt.Println(a, *q)
}
