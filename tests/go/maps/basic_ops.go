// run
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(len(m), m["a"], m["missing"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "not there")
	_, ok = m["b"]
	fmt.Println(ok, len(m))
	fmt.Println(m)
}
