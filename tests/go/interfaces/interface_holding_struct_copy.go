// run
package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{1}
	var i interface{} = p
	p.X = 2
	fmt.Println(i, p)
	q := i.(P)
	q.X = 3
	fmt.Println(i, q)
	arr := [2]int{1, 2}
	var j interface{} = arr
	arr[0] = 9
	fmt.Println(j)
}
