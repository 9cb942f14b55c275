// run
package main

import "fmt"

type List struct {
	head *node
	size int
}
type node struct {
	v    string
	next *node
}

func (l *List) Push(v string) { l.head = &node{v, l.head}; l.size++ }
func (l *List) Reverse() {
	var prev *node
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func main() {
	var l List
	for _, s := range []string{"a", "b", "c"} {
		l.Push(s)
	}
	l.Reverse()
	for n := l.head; n != nil; n = n.next {
		fmt.Print(n.v)
	}
	fmt.Println(l.size)
	a, b := &node{}, &node{}
	fmt.Println(a == b, *a == *b)
}
