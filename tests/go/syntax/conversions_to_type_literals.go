// run
package main

import "fmt"

type T struct{ x int }
type Ints []int
type Dict map[string]int
type Pipe chan int
type Op func(int) int
type Pair struct {
	a, b int
}

func double(n int) int { return 2 * n }

func main() {
	// Conversions of nil to every composite type literal.
	fmt.Println([]*int(nil) == nil, map[string]int(nil) == nil, []interface{}(nil) == nil)
	fmt.Println(chan *int(nil) == nil, func() *int(nil) == nil, func(int) (int, error)(nil) == nil)
	fmt.Println(map[string][]int(nil) == nil, []map[int]string(nil) == nil, []func() int(nil) == nil)
	fmt.Println([]chan int(nil) == nil, [][]int(nil) == nil, []struct{}(nil) == nil)
	fmt.Println(chan<- int(nil) == nil, []<-chan int(nil) == nil, map[int]*T(nil) == nil)
	fmt.Println([]func()(int)(nil) == nil, func() func() (int)(nil) == nil, []*[]int(nil) == nil)

	// Conversions between named and unnamed types of every kind.
	fmt.Println([]byte("x"), []rune("héllo"), []int(Ints{1, 2}), Ints([]int{3}))
	fmt.Println(map[string]int(Dict{"a": 1}), len(Dict(map[string]int{"b": 2, "c": 3})))
	p := Pipe(make(chan int, 1))
	c := chan int(p)
	c <- 4
	fmt.Println(<-p, cap(chan int(p)))
	f := func(int) int(Op(double))
	fmt.Println(f(5), Op(f)(6))
	fmt.Println(struct{ a, b int }(Pair{1, 2}), Pair(struct{ a, b int }{3, 4}))
	arr := [2]*int{}
	fmt.Println([2]*int(arr) == arr, [3]int([3]int{7, 8, 9}))
	var t T
	pt := (*T)(&t)
	pt.x = 10
	fmt.Println(t.x, *(*int)(&t.x))
	fmt.Println(interface{}(3), []interface{}([]interface{}{"s"})[0])

	// `<-chan int(c)` receives from the conversion `chan int(c)`; `(<-chan int)(c)` converts.
	c <- 11
	fmt.Println(<-chan int(c))
	r := (<-chan int)(c)
	fmt.Printf("%T %T %T\n", r, chan<- int(c), chan (<-chan int)(nil))
	fmt.Printf("%T %T\n", chan <-chan int(nil), func() <-chan int(nil))

	// `*T(p)` dereferences the conversion `T(p)`.
	type IP *int
	n := 12
	fmt.Println(*IP(&n))

	// Conversions in statement headers, where composite literals need parentheses.
	if []int(nil) == nil {
		fmt.Println("if header")
	}
	for i := range []byte("ab") {
		fmt.Println("range", i)
	}
	switch map[string]int(nil) == nil {
	case true:
		fmt.Println("switch header")
	}
	fmt.Println(len([]int(Ints{1, 2, 3})[1:]), []byte("xyz")[1])
}
