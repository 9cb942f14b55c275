// run
package main

import "fmt"

type K struct{ a int }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "s", "s"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	x := 5
	a, b = &x, &x
	fmt.Println(a == b)
	var e1, e2 error
	fmt.Println(e1 == e2)
	a = 3
	fmt.Println(a == 3, a != "3")
}
