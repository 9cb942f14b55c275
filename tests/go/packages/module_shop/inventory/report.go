package inventory

import (
	"fmt"
	"sort"
	"strings"
)

// Report is declared in another file than Store.
func (s *Store) Report() string {
	keys := make([]string, 0, len(s.items))
	for k := range s.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s:", s.name)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%d", k, s.items[k])
	}
	return b.String()
}

func (s *Store) String() string { return "store " + s.name }
