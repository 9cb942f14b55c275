// run
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{}
	for i, w := range []string{"delta", "alpha", "charlie", "bravo", "echo"} {
		m[w] = i
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
}
