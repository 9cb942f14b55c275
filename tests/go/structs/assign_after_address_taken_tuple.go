// run
// Companion of assign_after_address_taken: tuple and range assignments to addressed struct
// variables store in place too.

package main

import "fmt"

type S struct {
	a int
	b [2]uint8
}

func (s *S) bump() { s.a++ }

func main() {
	x, y := S{a: 1}, S{a: 2}
	px, py := &x, &y
	x, y = y, x
	fmt.Println(x, y, *px, *py)
	x.bump()
	var z S
	for _, z = range []S{{a: 7}, {a: 8}} {
		z.bump()
	}
	fmt.Println(x, *px, z)
	arr := [2]S{}
	pa := &arr
	arr, x = [2]S{x, y}, arr[0]
	fmt.Println(arr, *pa, x)
	var v S
	f := func() *S { return &v }
	v = S{a: 42}
	fmt.Println(*f())
}
