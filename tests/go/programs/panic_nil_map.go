// run exit=2
// Unrecovered panic: assignment to entry in nil map in a method.
package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(name string) {
	r.items[name]++
}

func main() {
	r := &Registry{}
	fmt.Println(len(r.items), r.items["x"])
	r.Add("a")
}
