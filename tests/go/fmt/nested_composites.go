// run
package main

import "fmt"

type Leaf struct {
	V    int
	Tags []string
}

type Tree struct {
	Name     string
	Children []*Leaf
	Meta     map[string]Leaf
	Arr      [2]Leaf
}

func main() {
	t := Tree{
		Name:     "root",
		Children: []*Leaf{{1, nil}},
		Meta:     map[string]Leaf{"b": {2, []string{"x"}}, "a": {3, []string{}}},
		Arr:      [2]Leaf{{V: 4}},
	}
	fmt.Printf("%v\n", t.Meta)
	fmt.Printf("%+v\n", t.Meta)
	fmt.Printf("%v %+v\n", t.Arr, t.Arr)
	fmt.Println([][]int{{1, 2}, {}, nil})
	fmt.Println(map[string][]int{"k": {1}, "e": nil})
	fmt.Println([]interface{}{1, "a", []int{2}, map[int]int{1: 1}, nil, struct{}{}})
	fmt.Println(struct {
		A *int
		B []string
	}{})
	fmt.Println([]*Leaf{nil})
	fmt.Printf("%v\n", [][]string{{"a", "b"}, {"c"}})
}
