package inventory

import (
	"fmt"

	"example.com/shop/internal/audit"
)

// Limit caps how many of one item a store takes; main changes it.
var Limit = defaultLimit()

// Stores counts the stores made.
var Stores int

func defaultLimit() int {
	audit.Log("inventory var")
	return 10
}

func init() {
	audit.Log("inventory init")
}

type Store struct {
	name  string
	items map[string]int
}

func New(name string) *Store {
	Stores++
	return &Store{name: name, items: map[string]int{}}
}

func (s *Store) Add(item string, n int) {
	if n > Limit {
		panic(fmt.Sprintf("too many %s: %d > %d", item, n, Limit))
	}
	s.items[item] += n
}
