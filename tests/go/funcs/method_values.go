// run
package main

import "fmt"

type Acc struct{ n int }

func (a *Acc) Add(d int) { a.n += d }
func (a Acc) Get() int   { return a.n }

func main() {
	a := &Acc{}
	add := a.Add
	add(5)
	add(6)
	get := a.Get
	a.Add(100)
	fmt.Println(a.n, get(), a.Get())
	fs := []func(int){a.Add, a.Add}
	for _, f := range fs {
		f(1)
	}
	fmt.Println(a.n)
}
