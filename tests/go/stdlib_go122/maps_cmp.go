// run go1.22
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"strings"
)

type Set map[string]bool

type Celsius float64

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(m, c, len(m), len(c))
	var nilM map[string]int
	fmt.Println(maps.Clone(nilM) == nil, maps.Clone(map[string]int{}) == nil)
	fmt.Println(maps.Equal(m, map[string]int{"c": 3, "b": 2, "a": 1}), maps.Equal(m, c), maps.Equal(nilM, map[string]int{}))
	fmt.Println(maps.Equal(map[string]float64{"x": math.NaN()}, map[string]float64{"x": math.NaN()}))
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "x": "3"}, func(int, string) bool { return true }))
	dst := map[string]int{"a": 10, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	maps.DeleteFunc(dst, func(k string, v int) bool { return v%2 == 0 || k == "c" })
	fmt.Println(dst)
	s := Set{"go": true, "rust": true}
	s2 := maps.Clone(s)
	fmt.Printf("%T %v\n", s2, s2)
	maps.DeleteFunc(s2, func(k string, _ bool) bool { return strings.HasPrefix(k, "r") })
	fmt.Println(s2, s)

	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare(3, 2))
	fmt.Println(cmp.Compare("apple", "banana"), cmp.Compare(uint8(200), 100))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(nan, math.Inf(-1)))
	fmt.Println(cmp.Compare(0.0, math.Copysign(0, -1)), cmp.Less(math.Copysign(0, -1), 0.0))
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(math.Inf(-1), nan), cmp.Less(nan, nan), cmp.Less("a", "b"))
	fmt.Println(cmp.Compare(Celsius(-3.5), Celsius(2)), cmp.Less[Celsius](1, 2))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "", ""), cmp.Or[string](), cmp.Or("x"))
	type point struct{ x, y int }
	fmt.Println(cmp.Or(point{}, point{1, 2}), cmp.Or(nan, 1) != cmp.Or(nan, 1))
	order := func(a, b [2]string) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	}
	fmt.Println(order([2]string{"x", "b"}, [2]string{"x", "a"}), order([2]string{"a", "z"}, [2]string{"b", "a"}))
	fmt.Println(largest([]Celsius{1, 7.5, -2}), largest([]string{"b", "c", "a"}))
}

func largest[T cmp.Ordered](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if cmp.Less(m, x) {
			m = x
		}
	}
	return m
}
