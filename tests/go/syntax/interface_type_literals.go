// run
package main

import "fmt"

func describe(x interface{ Len() int }) int { return x.Len() }

type L []int

func (l L) Len() int { return len(l) }

func main() {
	fmt.Println(describe(L{1, 2, 3}))
	var v interface {
		fmt.Stringer
		Len() int
	}
	fmt.Println(v == nil)
	var fns []func(...int) (int, error)
	fmt.Println(len(fns))
	var m map[[2]string]map[int]chan<- []*struct{ x int }
	fmt.Printf("%T\n", m)
}
