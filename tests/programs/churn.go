// churn.go: allocates about 2 GB in total in short-lived objects — big slices and small
// doubly linked cycles — while keeping almost nothing alive. Used by tests/memory.rs to check
// that the collector reclaims garbage, cycles included.
package main

import "fmt"

type node struct {
	prev, next *node
	payload    []int
}

func main() {
	total := 0
	var keep *node
	for i := 0; i < 250000; i++ {
		a := &node{payload: make([]int, 1000)} // 8 KB
		b := &node{prev: a}
		a.next = b
		b.next = a // a cycle
		total += len(a.payload) + len(b.payload)
		if i%50000 == 0 {
			keep = a
		}
	}
	fmt.Println(total, keep != nil)
}
