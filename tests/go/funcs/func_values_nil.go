// run
package main

import "fmt"

type Handler func(string) string

func apply(h Handler, s string) string {
	if h == nil {
		return "no handler"
	}
	return h(s)
}

func main() {
	var f func()
	fmt.Println(f == nil)
	f = func() {}
	fmt.Println(f != nil)
	fmt.Println(apply(nil, "x"), apply(func(s string) string { return s + s }, "ab"))
	var h Handler = Handler(func(s string) string { return "[" + s + "]" })
	fmt.Println(h("y"))
	fmt.Printf("%T\n", h)
}
