// run
// Quicksort, mergesort, insertion sort, binary search, sort.Sort with Len/Less/Swap.
package main

import (
	"fmt"
	"sort"
)

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergesort(a[:m]), mergesort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func lcg(seed *uint32) int {
	*seed = *seed*1103515245 + 12345
	return int(*seed>>16) % 1000
}

func main() {
	var seed uint32 = 42
	data := make([]int, 30)
	for i := range data {
		data[i] = lcg(&seed)
	}
	q := append([]int(nil), data...)
	quicksort(q)
	m := mergesort(data)
	s := append([]int{}, data...)
	sort.Ints(s)
	fmt.Println(q)
	fmt.Println(fmt.Sprint(q) == fmt.Sprint(m), fmt.Sprint(m) == fmt.Sprint(s), sort.IntsAreSorted(data))
	for _, x := range []int{q[0], q[17], 1001, -1} {
		fmt.Println(x, binarySearch(q, x) >= 0, sort.SearchInts(q, x))
	}
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people[0], people[len(people)-1].Age)
	words := []string{"banana", "Apple", "cherry", "apple", "Banana"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	i := sort.Search(100, func(i int) bool { return i*i >= 500 })
	fmt.Println("first i with i*i>=500:", i)
}
