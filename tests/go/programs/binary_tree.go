// run
// Binary search tree: insert, traversals with closures, height, min/max, delete.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else if k > t.Key {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Min() int {
	for t.Left != nil {
		t = t.Left
	}
	return t.Key
}

func (t *Tree) Delete(k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Delete(k)
	case k > t.Key:
		t.Right = t.Right.Delete(k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right.Min()
		t.Key = m
		t.Right = t.Right.Delete(m)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Key, t.Right)
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(k)
	}
	var keys []int
	root.Walk(func(k int) { keys = append(keys, k) })
	fmt.Println(keys)
	fmt.Println("height:", root.Height(), "min:", root.Min())
	fmt.Println(root)
	root = root.Delete(30)
	root = root.Delete(50)
	root = root.Delete(99)
	fmt.Println(root)
	sum := 0
	root.Walk(func(k int) { sum += k })
	fmt.Println("sum:", sum, "height:", root.Height())
}
