// run go1.22
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type IDs []int

func main() {
	// searching and comparing
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(s, 1), slices.Index(s, 7))
	fmt.Println(slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	fmt.Println(slices.Contains(s, 9), slices.Contains(s, 8))
	fmt.Println(slices.ContainsFunc(s, func(v int) bool { return v%7 == 0 }))
	fmt.Println(slices.Equal(s, []int{3, 1, 4, 1, 5, 9, 2, 6}), slices.Equal(s, s[:3]))
	fmt.Println(slices.Equal([]int{}, nil), slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1, 2}),
		slices.Compare([]int{1, 2, 3}, []int{1, 2}), slices.Compare(nil, []int{0}))
	fmt.Println(slices.Compare([]float64{math.NaN()}, []float64{0}), slices.Compare([]string{"b"}, []string{"a", "z"}))
	fmt.Println(slices.Max(s), slices.Min(s))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{1, math.NaN(), 3}))
	fmt.Println(slices.Max([]string{"pear", "apple", "zoo"}), slices.Min([]string{"pear", "apple", "zoo"}))
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	byAge := func(a, b Person) int { return cmp.Compare(a.Age, b.Age) }
	fmt.Println(slices.MaxFunc(people, byAge), slices.MinFunc(people, byAge))

	// sorting
	slices.Sort(s)
	fmt.Println(s, slices.IsSorted(s), slices.IsSorted([]int{2, 1}))
	fmt.Println(slices.BinarySearch(s, 5))
	fmt.Println(slices.BinarySearch(s, 7))
	fmt.Println(slices.BinarySearch(s, 0))
	fmt.Println(slices.BinarySearch(s, 10))
	fl := []float64{2, math.NaN(), -1, math.Inf(1), 0, math.NaN()}
	slices.Sort(fl)
	fmt.Println(fl)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) * 0 + strings.Compare(a, b) })
	fmt.Println(words)
	slices.SortStableFunc(people, byAge)
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b Person) int { return -byAge(a, b) })
	fmt.Println(people)
	fmt.Println(slices.IsSortedFunc(people, func(a, b Person) int { return b.Age - a.Age }))
	i, found := slices.BinarySearchFunc(people, 25, func(p Person, age int) int { return age - p.Age })
	fmt.Println(i, found)
	big := make([]int, 2000)
	for i := range big {
		big[i] = (i * 7919) % 1009
	}
	slices.Sort(big)
	fmt.Println(slices.IsSorted(big), big[0], big[1], big[1999])
	slices.SortFunc(big, func(a, b int) int { return b - a })
	fmt.Println(big[0], big[1999])
	stable := make([]Person, 300)
	for i := range stable {
		stable[i] = Person{fmt.Sprint(i), i % 7}
	}
	slices.SortStableFunc(stable, byAge)
	ok := true
	for i := 1; i < len(stable); i++ {
		a, b := stable[i-1], stable[i]
		if a.Age > b.Age || (a.Age == b.Age && len(a.Name) == len(b.Name) && a.Name > b.Name) {
			ok = false
		}
	}
	fmt.Println(ok, stable[0], stable[299])

	// editing
	ins := []int{1, 2, 3}
	fmt.Println(slices.Insert(ins, 1, 10, 11), ins)
	fmt.Println(slices.Insert(ins, 3, 4), slices.Insert(ins, 0))
	room := make([]int, 3, 10)
	copy(room, []int{1, 2, 3})
	grown := slices.Insert(room, 1, room[1:]...)
	fmt.Println(grown, len(grown), cap(grown))
	del := []int{0, 1, 2, 3, 4, 5}
	fmt.Println(slices.Delete(del, 1, 3), del)
	fmt.Println(slices.Delete([]int{1, 2}, 1, 1))
	df := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(slices.DeleteFunc(df, func(v int) bool { return v%2 == 0 }), df)
	rep := []string{"a", "b", "c", "d"}
	fmt.Println(slices.Replace(rep, 1, 3, "X"), rep)
	fmt.Println(slices.Replace([]string{"a", "b", "c"}, 1, 2, "X", "Y", "Z"))
	rep2 := make([]string, 3, 8)
	copy(rep2, []string{"a", "b", "c"})
	fmt.Println(slices.Replace(rep2, 0, 1, rep2...))
	cp := []int{1, 1, 2, 2, 2, 3, 1, 1}
	fmt.Println(slices.Compact(cp), cp)
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b", "B", "a"}, strings.EqualFold))
	var nilS []int
	fmt.Println(slices.Clone(nilS) == nil, slices.Clone([]int{}) == nil, slices.Clone(s[:3]))
	c := slices.Clone(s)
	c[0] = 100
	fmt.Println(s[0], c[0])
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	clipped := slices.Clip(make([]int, 2, 5))
	fmt.Println(len(clipped), cap(clipped))
	r := []string{"a", "b", "c", "d", "e"}
	slices.Reverse(r)
	fmt.Println(r)
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Concat[[]int]() == nil, len(slices.Concat([]int{}, []int{})))
	ids := IDs{3, 1, 2}
	slices.Sort(ids)
	out := slices.Clone(ids)
	fmt.Printf("%T %v\n", out, out)
}
