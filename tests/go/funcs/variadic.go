// run
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals == nil, vals)
}

func mutate(xs ...int) { xs[0] = 99 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(describe("a"), describe("b", 1, "x"), describe("c", nil))
	mutate(s...)
	fmt.Println(s)
	mutate(1, 2)
}
