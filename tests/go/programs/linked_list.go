// run
// Singly linked list with methods: push, reverse, remove, String via strings.Builder.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	for p := &l.head; *p != nil; p = &(*p).Next {
		if (*p).Val == v {
			*p = (*p).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			b.WriteString(" -> ")
		}
		fmt.Fprintf(&b, "%d", n.Val)
	}
	b.WriteByte(']')
	return b.String()
}

func main() {
	l := &List{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(5)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(5))
	fmt.Println(l, l.size)
	var empty List
	fmt.Println(&empty, empty.size)
	empty.Reverse()
	fmt.Printf("%v %s\n", &empty, l)
}
