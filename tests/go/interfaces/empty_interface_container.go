// run
package main

import "fmt"

func main() {
	vals := []interface{}{1, "two", 3.0, []int{4}, map[string]int{"five": 5}, nil, true, 'x', struct{ A int }{6}}
	for _, v := range vals {
		fmt.Printf("%v (%T)\n", v, v)
	}
	m := map[string]interface{}{"n": 1, "s": "str"}
	if n, ok := m["n"].(int); ok {
		fmt.Println(n + 1)
	}
}
