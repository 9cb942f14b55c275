// run procs=1,2
package main

import (
	"container/list"
	"fmt"
	"sync"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	mu    sync.Mutex
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

func NewLRU(n int) *LRU {
	return &LRU{cap: n, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(k string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).value = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func dump(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}

func main() {
	var l list.List
	fmt.Println(l.Len(), l.Front() == nil, l.Back() == nil)
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(&l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	dump(&l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	dump(&l)
	fmt.Println(l.Remove(e4), e4.Next() == nil, e4.Prev() == nil)
	fmt.Println(l.Remove(e4))
	dump(&l)
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	l.PushBackList(&l)
	dump(&l)
	other.Init()
	dump(other)
	fmt.Println(other.InsertBefore(9, e1) == nil, l.Len())
	c := NewLRU(2)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Put(fmt.Sprint(i%3), i)
		}(i)
	}
	wg.Wait()
	fmt.Println(c.ll.Len(), len(c.items))
	c2 := NewLRU(2)
	c2.Put("a", 1)
	c2.Put("b", 2)
	c2.Get("a")
	c2.Put("c", 3)
	_, okb := c2.Get("b")
	va, oka := c2.Get("a")
	fmt.Println(okb, va, oka)
	for e := c2.ll.Front(); e != nil; e = e.Next() {
		fmt.Printf("%+v ", *e.Value.(*entry))
	}
	fmt.Println()
	var nilE *list.Element
	defer func() { fmt.Println("recovered:", recover()) }()
	nilE.Next()
}
