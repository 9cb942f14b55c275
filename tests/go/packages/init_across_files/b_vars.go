package main

import "fmt"

var total = sum(1, 2, 3)

var count = len(names)

var names = []string{"x", "y"}

func sum(xs ...int) int {
	fmt.Println("sum runs")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe() string {
	return fmt.Sprintf("total=%d", total)
}

func init() {
	fmt.Println("first init in b_vars.go")
}

func init() {
	fmt.Println("second init in b_vars.go")
}
