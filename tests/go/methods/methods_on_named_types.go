// run
package main

import (
	"fmt"
	"strings"
)

type Str string
type Ints []int
type Fn func(int) int
type M map[string]int

func (s Str) Upper() Str     { return Str(strings.ToUpper(string(s))) }
func (is Ints) Sum() (t int) {
	for _, i := range is {
		t += i
	}
	return
}
func (is *Ints) Push(i int) { *is = append(*is, i) }
func (f Fn) Twice(x int) int { return f(f(x)) }
func (m M) Keys() int        { return len(m) }

func main() {
	fmt.Println(Str("abc").Upper())
	var is Ints
	is.Push(1)
	is.Push(2)
	fmt.Println(is, is.Sum())
	fmt.Println(Fn(func(x int) int { return x * 3 }).Twice(2))
	fmt.Println(M{"a": 1}.Keys())
}
