// run
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, "|", r, "|", isErr, isRuntime)
		if isErr {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	var s []int
	var i interface{} = "str"
	zero := 0
	try("index", func() { _ = s[5] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { _ = p.x })
	try("div", func() { _ = 1 / zero })
	try("assert", func() { _ = i.(int) })
	try("slice", func() { k := 3; _ = s[:k] })
	try("custom", func() { panic(fmt.Errorf("my error %d", 7)) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
}
