package main

import (
	"fmt"
	"strings"
)

// Shelf's methods live here; main uses them from a_main.go.
type Shelf struct {
	name  string
	items map[string]int
}

func NewShelf(name string) *Shelf {
	return &Shelf{name: name, items: map[string]int{}}
}

func (s *Shelf) Put(item string, n int) {
	s.items[item] += n
}

func (s *Shelf) Take(item string) {
	if s.items[item] == 0 {
		panic("no " + item + " on shelf " + s.name)
	}
	s.items[item]--
}

func (s *Shelf) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", s.name)
	for _, k := range []string{"go", "rust"} {
		fmt.Fprintf(&b, " %s=%d", k, s.items[k])
	}
	return b.String()
}

func init() {
	fmt.Println("init in c_shelf.go")
}
