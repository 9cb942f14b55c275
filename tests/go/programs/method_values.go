// run
// Method values and method expressions, function types with methods, interfaces satisfied by funcs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()          { c.n++ }
func (c Counter) Get() int       { return c.n }
func (c Counter) Add(d int) int  { return c.n + d }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Handler interface{ Handle(string) string }

type Chain []Handler

func (c Chain) Handle(s string) string {
	for _, h := range c {
		s = h.Handle(s)
	}
	return s
}

func apply(fs []func(), times int) {
	for i := 0; i < times; i++ {
		for _, f := range fs {
			f()
		}
	}
}

func main() {
	c := &Counter{}
	inc := c.Inc
	get := c.Get
	apply([]func(){inc, inc}, 3)
	fmt.Println(c.n, get(), c.Get())
	f := (*Counter).Inc
	f(c)
	g := Counter.Add
	fmt.Println(g(*c, 100), c.Get())
	var h Handler = Chain{
		HandlerFunc(strings.TrimSpace),
		HandlerFunc(strings.ToUpper),
		HandlerFunc(func(s string) string { return "<" + s + ">" }),
	}
	fmt.Println(h.Handle("  hello  "))
	fmt.Printf("%T\n", h)
	byLen := func(ss []string) func(i, j int) bool {
		return func(i, j int) bool { return len(ss[i]) < len(ss[j]) }
	}
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.SliceStable(words, byLen(words))
	fmt.Println(words)
	ops := []struct {
		name string
		fn   func(int, int) int
	}{
		{"add", func(a, b int) int { return a + b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(6, 7))
	}
	var nilFn func()
	fmt.Println(nilFn == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	nilFn()
}
