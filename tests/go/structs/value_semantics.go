// run
package main

import "fmt"

type P struct {
	Name string
	Tags []string
	Pos  [2]int
}

func main() {
	a := P{"a", []string{"x"}, [2]int{1, 2}}
	b := a
	b.Name = "b"
	b.Pos[0] = 100
	b.Tags[0] = "shared"
	fmt.Println(a, b)
	pa := &a
	pa.Name = "changed"
	fmt.Println(a.Name)
}
