// run
// Maps: comma-ok, delete, struct keys, map of slices, counting, nested maps, printing sorted by fmt.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	if age, ok := ages["dave"]; !ok {
		fmt.Println("dave missing, zero:", age)
	}
	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(ages, len(ages))

	visits := map[Point]int{}
	for _, p := range []Point{{1, 2}, {3, 4}, {1, 2}, {0, 0}, {1, 2}} {
		visits[p]++
	}
	fmt.Println(visits)

	groups := map[int][]string{}
	for _, w := range []string{"go", "rust", "c", "java", "zig", "lua", "d"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	lens := make([]int, 0, len(groups))
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lens)))
	for _, l := range lens {
		fmt.Println(l, groups[l])
	}

	nested := map[string]map[string]bool{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]bool{}
		}
		nested[a][b] = true
	}
	add("x", "y")
	add("x", "z")
	add("y", "x")
	fmt.Println(nested, nested["q"]["r"])

	m := map[interface{}]string{1: "int", "1": "string", 1.5: "float", true: "bool", Point{}: "point"}
	fmt.Println(len(m), m[1], m["1"], m[Point{}])
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	type kv struct {
		k rune
		v int
	}
	var kvs []kv
	for k, v := range counts {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	fmt.Printf("%c\n", kvs[0].k)
	fmt.Printf("%v %d\n", kvs, len(kvs))
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	for k := range nm {
		fmt.Println(k)
	}
	fm := map[float64]int{0.1: 1, 2: 2, -1: 3}
	fmt.Println(fm)
	bm := map[bool][]int{true: {1}, false: nil}
	fmt.Printf("%v %#v\n", bm, map[string]int{"z": 26, "a": 1})
}
