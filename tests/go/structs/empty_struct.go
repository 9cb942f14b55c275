// run
package main

import "fmt"

type Set map[string]struct{}

func main() {
	s := Set{}
	s["a"] = struct{}{}
	s["b"] = struct{}{}
	_, has := s["a"]
	fmt.Println(len(s), has, s)
	ch := make(chan struct{}, 1)
	ch <- struct{}{}
	fmt.Println(<-ch)
}
