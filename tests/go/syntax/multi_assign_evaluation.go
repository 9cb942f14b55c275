// run
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 100
	fmt.Println(i, a)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	var p struct{ a, b int }
	p.a, p.b = p.b+5, p.a+7
	fmt.Println(p)
	j := 0
	arr := [3]int{}
	arr[j], j = 5, 2
	fmt.Println(arr, j)
}
