// run
package main

import "fmt"

var global int

func incr() { global++ }

func main() {
	var a int
	var b, c = 1, "c"
	var (
		d float64 = 2
		e         = []int{1}
	)
	f, g := 3, 4
	a = 5
	a += f
	f, g = g, f
	e[0]++
	incr()
	{
		inner := 1
		_ = inner
	}
	;
	ch := make(chan int, 1)
	ch <- a
	x := <-ch
	var arr [3]int
	arr[1], arr[2] = 7, 8
	type local struct{ v int }
	l := local{9}
	l.v *= 2
	fmt.Println(a, b, c, d, e, f, g, global, x, arr, l)
	if true {
	} else if false {
	} else {
	}
	for false {
	}
	defer func() {}()
	go func() {}()
	func() {}()
	_ = struct{}{}
}
