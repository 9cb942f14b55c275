// run exit=2 go1.22
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	try("Insert past the end", func() { slices.Insert(s, 4, 9) })
	try("Insert before the start", func() { slices.Insert(s, -1, 9) })
	try("Insert nothing past the end", func() { slices.Insert(s, 5) })
	try("Delete j past len", func() { slices.Delete(s, 1, 4) })
	try("Delete i > j", func() { slices.Delete(s, 2, 1) })
	try("Delete j past len with room", func() { slices.Delete(make([]int, 3, 10), 0, 4) })
	try("Replace i > j", func() { slices.Replace(s, 2, 1, 7) })
	try("Replace j past len", func() { slices.Replace(s, 0, 5) })
	try("Replace j past len with room", func() { slices.Replace(make([]int, 3, 10), 1, 4) })
	try("Grow negative", func() { slices.Grow(s, -1) })
	try("Max", func() { slices.Max([]int{}) })
	try("Min", func() { slices.Min([]string(nil)) })
	try("MaxFunc", func() { slices.MaxFunc([]int{}, cmp.Compare[int]) })
	try("MinFunc", func() { slices.MinFunc([]int{}, cmp.Compare[int]) })
	var e error
	try("Max is a runtime.Error?", func() {
		defer func() {
			r := recover()
			e, _ = r.(error)
			panic(r)
		}()
		slices.Max([]float64{})
	})
	fmt.Println(e == nil)
	try("Insert is a runtime.Error", func() {
		defer func() {
			r := recover()
			_, isErr := r.(error)
			fmt.Println("runtime error value:", isErr)
			panic(r)
		}()
		slices.Insert(s, 9)
	})
	fmt.Println(slices.Max([]int{}))
}
