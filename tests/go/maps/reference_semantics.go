// run
package main

import "fmt"

func add(m map[string]int) { m["added"] = 1 }

func main() {
	m := map[string]int{}
	n := m
	n["x"] = 5
	add(m)
	fmt.Println(m, len(n))
	type S struct{ A int }
	ms := map[string]S{"k": {1}}
	s := ms["k"]
	s.A = 100
	fmt.Println(ms)
	mp := map[string]*S{"k": {1}}
	mp["k"].A = 100
	fmt.Println(mp["k"].A)
}
