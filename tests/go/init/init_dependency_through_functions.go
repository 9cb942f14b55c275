// run
package main

import "fmt"

var total = sum()

var items = []int{1, 2, 3}

func sum() int {
	t := 0
	for _, i := range items {
		t += i
	}
	return t
}

var table = map[string]int{"a": len(items)}

func main() {
	fmt.Println(total, table)
}
