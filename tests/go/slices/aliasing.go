// run
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	b = append(b, 40)
	b[0] = -1
	fmt.Println(a, b)
	c := make([]int, 2, 4)
	d := append(c, 1)
	e := append(c, 2)
	fmt.Println(d, e)
}
