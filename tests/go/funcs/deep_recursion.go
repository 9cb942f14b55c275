// run
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type node struct{ next *node }

func length(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.next)
}

func main() {
	fmt.Println(depth(1000000))
	var head *node
	for i := 0; i < 1000000; i++ {
		head = &node{head}
	}
	fmt.Println(length(head))
}
