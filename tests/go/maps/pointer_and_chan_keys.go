// run
package main

import "fmt"

func main() {
	a, b := new(int), new(int)
	m := map[*int]string{a: "a", b: "b"}
	fmt.Println(len(m), m[a], m[b])
	c1, c2 := make(chan int), make(chan int)
	cm := map[chan int]int{c1: 1, c2: 2}
	fmt.Println(cm[c1], cm[c2])
}
