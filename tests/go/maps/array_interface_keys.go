// run
package main

import "fmt"

func main() {
	a := map[[2]int]int{{1, 2}: 3}
	a[[2]int{1, 2}]++
	fmt.Println(a)
	i := map[interface{}]string{}
	i[1] = "int"
	i["1"] = "string"
	i[1.0] = "float"
	i[int8(1)] = "int8"
	i[true] = "bool"
	i[[2]int{1, 1}] = "array"
	fmt.Println(len(i), i[1], i["1"], i[1.0], i[int8(1)], i[true], i[[2]int{1, 1}])
	var e error
	m := map[error]int{e: 5}
	fmt.Println(m[nil])
}
