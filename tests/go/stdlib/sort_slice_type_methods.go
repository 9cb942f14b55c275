// run
// Methods Sort and Search of sort.IntSlice, sort.StringSlice and sort.Float64Slice.
package main

import (
	"fmt"
	"sort"
)

func main() {
	is := sort.IntSlice{5, 2, 9, 1, 5}
	is.Sort()
	fmt.Println(is, is.Search(5), is.Search(10), is.Search(-1), sort.IsSorted(is))
	ss := sort.StringSlice{"pear", "apple", "fig"}
	ss.Sort()
	fmt.Println(ss, ss.Search("fig"), ss.Search("banana"), ss.Len())
	fs := sort.Float64Slice{2.5, -1, 0.5}
	fs.Sort()
	fmt.Println(fs, fs.Search(0.5), fs.Search(3))
	words := []string{"b", "c", "a"}
	sort.StringSlice(words).Sort()
	fmt.Println(words)
	f := is.Search
	fmt.Println(f(2))
	sort.Sort(sort.Reverse(is))
	fmt.Println(is)
}
