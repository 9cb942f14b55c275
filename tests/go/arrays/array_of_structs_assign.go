// run
package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	items := [2]Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Qty *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)
	m := map[string][2]int{"k": {1, 2}}
	v := m["k"]
	v[0] = 9
	fmt.Println(m, v)
}
