// run
package main

import "fmt"

var gm = map[string]int{"a": 1}
var gv, gok = gm["a"]
var gi interface{} = 3
var ga, gb interface{} = gi.(int)

func main() {
	var v, ok = gm["b"]
	fmt.Println(gv, gok, v, ok, ga, gb)
	var s, sok = gi.(string)
	fmt.Printf("%q %v\n", s, sok)
	ch := make(chan int, 1)
	ch <- 4
	var r, rok = <-ch
	fmt.Println(r, rok)
	var x, xok interface{} = gm["a"]
	fmt.Println(x, xok)
	type T int
	var t, tok = T(5), true
	_ = tok
	fmt.Println(t)
}
