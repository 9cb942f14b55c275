// run
package main

import "fmt"

func apply(fs ...func(int) int) int {
	v := 1
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	fmt.Println(apply(
		func(x int) int { return x + 1 },
		func(x int) int {
			return x * 10
		},
	))
	defer func(msg string) {
		fmt.Println(msg)
	}("deferred literal with arg")
	func() {
		fmt.Println("iife")
	}()
	var recur func(int) int
	recur = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + recur(n-1)
	}
	fmt.Println(recur(10))
}
