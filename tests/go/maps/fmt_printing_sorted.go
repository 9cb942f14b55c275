// run
package main

import "fmt"

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -1: "neg"})
	fmt.Println(map[string]bool{"z": true, "a": false, "m": true})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Printf("%v\n", map[[2]int]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Println(map[bool]int{true: 1, false: 0})
}
