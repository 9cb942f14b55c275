// run
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "apple", "banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 20}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6), sort.SearchInts(sorted, 100))
	idx := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 })
	fmt.Println(idx, sort.SearchStrings([]string{"a", "c"}, "b"))
	sort.Sort(sort.Reverse(sort.IntSlice(sorted)))
	fmt.Println(sorted)
}
