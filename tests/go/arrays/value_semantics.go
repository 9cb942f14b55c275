// run
package main

import "fmt"

func modify(a [3]int) { a[0] = 100 }
func modifyPtr(a *[3]int) { a[0] = 100 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	modify(a)
	fmt.Println(a, b)
	modifyPtr(&a)
	fmt.Println(a)
	p := &a
	p[2] = 30
	fmt.Println(a, len(p))
}
