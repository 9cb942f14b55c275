// run
package main

import "fmt"

func main() {
	m := map[string]int{}
	m["k"]++
	m["k"]++
	s := []float64{1.5}
	s[0]++
	type T struct{ n int }
	t := &T{}
	t.n++
	arr := [2]int8{127, 0}
	arr[0]++
	var u uint = 0
	u--
	fmt.Println(m, s, t.n, arr, u)
}
