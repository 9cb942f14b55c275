// run
package main

import "fmt"

type T struct {
	A []int
	M map[string]int
}

func main() {
	t := new(T)
	fmt.Println(t.A == nil, t.M == nil, *t)
	t.A = append(t.A, 1)
	s := new([]int)
	*s = append(*s, 1, 2)
	fmt.Println(*s, len(*s))
	a := new([3]string)
	a[1] = "mid"
	fmt.Printf("%q\n", *a)
}
