// run
package main

import "fmt"

func trace(s string) string { fmt.Println("enter", s); return s }
func un(s string)           { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("value at defer:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
	defer un(trace("main"))
	fmt.Println("in main")
	type T struct{ n int }
	t := T{1}
	defer fmt.Println("struct copy:", t)
	t.n = 5
	p := &t
	defer func(q *T) { fmt.Println("via pointer:", q.n) }(p)
	t.n = 6
}
