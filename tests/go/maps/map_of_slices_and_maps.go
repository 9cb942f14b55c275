// run
package main

import "fmt"

func main() {
	groups := map[string][]int{}
	for i := 0; i < 6; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["x"]++
	nested["a"]["x"]++
	fmt.Println(nested, len(nested["b"]))
}
