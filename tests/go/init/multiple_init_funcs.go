// run
package main

import "fmt"

var order []string

func init() { order = append(order, "first init") }

var x = record("var x")

func record(s string) int { order = append(order, s); return len(order) }

func init() { order = append(order, "second init") }

func main() {
	order = append(order, "main")
	fmt.Println(x)
	for _, o := range order {
		fmt.Println(o)
	}
}

func init() { order = append(order, "third init") }
