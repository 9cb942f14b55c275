// run
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%T: %v (runtime.Error %v, error %v)\n", r, r, isRuntime, isErr)
	}()
	f()
}

// The dynamic types of recovered run-time errors, as %T shows them.
func main() {
	try(func() { s := []int{}; i := 1; _ = s[i] })
	try(func() { s := []int{1, 2}; i, j := 2, 1; _ = s[i:j] })
	try(func() { var p *struct{ X int }; _ = p.X })
	try(func() { var i interface{} = "s"; _ = i.(int) })
	try(func() { a, b := 1, 0; _ = a / b })
	try(func() { var m map[string]int; m["a"] = 1 })
	try(func() { n := -1; _ = make([]int, n) })
	try(func() { panic(errors.New("custom")) })
	try(func() { var e error; _ = e.Error() })
}
