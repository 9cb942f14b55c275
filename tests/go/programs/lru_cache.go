// run
// LRU cache with map + hand-written doubly linked list; eviction order and hit statistics.
package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key, val   int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[int]*entry
	head, tail *entry
	hits, miss int
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: make(map[int]*entry), head: &entry{}, tail: &entry{}}
	l.head.next = l.tail
	l.tail.prev = l.head
	return l
}

func (l *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (l *LRU) pushFront(e *entry) {
	e.next = l.head.next
	e.prev = l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k int) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		l.miss++
		return 0, false
	}
	l.hits++
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k, v int) (evicted int, did bool) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return 0, false
	}
	if len(l.items) == l.cap {
		last := l.tail.prev
		l.unlink(last)
		delete(l.items, last.key)
		evicted, did = last.key, true
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
	return
}

func (l *LRU) String() string {
	var parts []string
	for e := l.head.next; e != l.tail; e = e.next {
		parts = append(parts, fmt.Sprintf("%d:%d", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for _, k := range []int{1, 2, 3} {
		c.Put(k, k*10)
	}
	fmt.Println(c)
	fmt.Println(c.Get(1))
	if k, ok := c.Put(4, 40); ok {
		fmt.Println("evicted", k)
	}
	fmt.Println(c)
	fmt.Println(c.Get(2))
	c.Put(3, 33)
	fmt.Println(c)
	for i := 0; i < 20; i++ {
		k := (i * 7) % 6
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c, "hits:", c.hits, "misses:", c.miss, "len:", len(c.items))
}
