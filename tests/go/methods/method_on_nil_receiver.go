// run
package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = t.L.Insert(v)
	} else {
		t.R = t.R.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.L.Walk(f)
	f(t.V)
	t.R.Walk(f)
}

func main() {
	var t *Tree
	fmt.Println(t.Sum())
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		t = t.Insert(v)
	}
	fmt.Println(t.Sum())
	t.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
}
