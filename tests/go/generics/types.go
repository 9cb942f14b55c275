// run
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

// Cache is safe for concurrent use.
type Cache[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{m: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type Job[T any] struct {
	ID   int
	Data T
}

type Result[T any] struct {
	ID  int
	Out T
	Err error
}

func Workers[T, R any](n int, jobs []Job[T], f func(T) (R, error)) []Result[R] {
	in := make(chan Job[T])
	out := make(chan Result[R])
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				r, err := f(j.Data)
				out <- Result[R]{j.ID, r, err}
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			in <- j
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var res []Result[R]
	for r := range out {
		res = append(res, r)
	}
	sort.Slice(res, func(i, j int) bool { return res[i].ID < res[j].ID })
	return res
}

type Mapper[T, R any] func(T) R

func (m Mapper[T, R]) Apply(xs []T) []R {
	var out []R
	for _, x := range xs {
		out = append(out, m(x))
	}
	return out
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Len())
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	ss := &Stack[string]{}
	ss.Push("x")
	fmt.Println(ss.Pop())
	fmt.Println(ss.Pop())

	p := MakePair("a", 1)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%v %+v %T\n", p, Pair[int, bool]{1, true}, p)
	var st fmt.Stringer = Pair[string, []int]{"k", []int{1, 2}}
	fmt.Println(st.String())

	var l List[string]
	l.Add("one")
	l.Add("two")
	var parts []string
	l.Each(func(s string) { parts = append(parts, strings.ToUpper(s)) })
	fmt.Println(parts, l.size)

	c := NewCache[string, int]()
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Put(fmt.Sprint("k", i%3), i%3)
		}(i)
	}
	wg.Wait()
	x, found := c.Get("k2")
	y, missing := c.Get("zz")
	fmt.Println(x, found, y, missing)
	fmt.Printf("%T\n", c)

	set := Set[string]{}
	set.Add("a")
	set.Add("a")
	set.Add("b")
	fmt.Println(set.Has("a"), set.Has("z"), set.Len())

	jobs := []Job[string]{{1, "10"}, {2, "x"}, {3, "300"}}
	res := Workers(2, jobs, func(s string) (int, error) {
		if s == "x" {
			return 0, errors.New("bad input")
		}
		return len(s), nil
	})
	for _, r := range res {
		fmt.Println(r.ID, r.Out, r.Err)
	}

	m := Mapper[int, string](func(i int) string { return strings.Repeat("*", i) })
	fmt.Println(m.Apply([]int{1, 3}))
	fmt.Printf("%T %T\n", m, Job[float64]{})
}
