// run
package main

import "fmt"

func main() {
	var n []int
	e := []int{}
	m := make([]int, 0)
	fmt.Println(n == nil, e == nil, m == nil, len(n), cap(n))
	fmt.Println(n, e, m)
	fmt.Printf("%v %v %#v %#v\n", n, e, n, e)
	n = append(n, 1)
	fmt.Println(n, n == nil)
	var s []string
	for range s {
		fmt.Println("never")
	}
	fmt.Println(s[0:0] == nil, len(s[:]))
}
