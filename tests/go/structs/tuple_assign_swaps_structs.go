// run
package main

import (
	"fmt"
	"sort"
)

type S struct{ A int }

type P struct{ X, Y S }

type byAge []struct {
	name string
	age  int
}

func (b byAge) Len() int           { return len(b) }
func (b byAge) Less(i, j int) bool { return b[i].age < b[j].age }
func (b byAge) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// Tuple assignments of structs and arrays: every right-hand value is read before any store.
func main() {
	a := []S{{1}, {2}}
	a[0], a[1] = a[1], a[0]
	fmt.Println(a)

	m := [][2]int{{1, 1}, {2, 2}}
	m[0], m[1] = m[1], m[0]
	fmt.Println(m)

	arr := [2]S{{1}, {2}}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(arr)

	w := P{S{1}, S{2}}
	w.X, w.Y = w.Y, w.X
	fmt.Println(w)

	ps := []*S{{1}, {2}}
	*ps[0], *ps[1] = *ps[1], *ps[0]
	fmt.Println(*ps[0], *ps[1])

	x, y := S{1}, S{2}
	x, y = y, x
	fmt.Println(x, y)

	r := []S{{1}, {2}, {3}}
	r[0], r[1], r[2] = r[2], r[0], r[1]
	fmt.Println(r)

	people := byAge{{"dave", 19}, {"bob", 31}, {"alice", 25}, {"carol", 31}, {"eve", 25}}
	sort.Stable(people)
	fmt.Println(people)
	sort.Sort(sort.Reverse(people))
	fmt.Println(people[0].age, people[4].age)
}
