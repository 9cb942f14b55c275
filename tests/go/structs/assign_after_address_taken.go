// run
// Found by the differential test: assigning a whole struct/array variable after `p := &v`
// rebound the variable to a new object, so *p kept the old value.

package main

import "fmt"

type S struct {
	a int
	b uint8
}

func mk(a int) S { return S{a: a} }

func main() {
	v := S{1, 2}
	p := &v
	v = S{a: p.a << 3, b: 7}
	fmt.Println(v, *p)
	v = S{}
	fmt.Println(v, *p)
	v = mk(5)
	fmt.Println(v, *p)
	w := S{9, 9}
	v = w
	fmt.Println(v, *p)
	arr := [2]int{1, 2}
	q := &arr
	arr = [2]int{3, 4}
	fmt.Println(arr, *q)
	for i := 0; i < 2; i++ {
		v = S{a: i}
	}
	fmt.Println(v, *p)
}
