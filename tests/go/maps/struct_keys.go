// run
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[Point]string{}
	m[Point{1, 2}] = "a"
	m[Point{2, 1}] = "b"
	m[Point{1, 2}] = "c"
	fmt.Println(len(m), m[Point{1, 2}], m)
	type key struct {
		name string
		id   int
	}
	k := map[key]bool{{"x", 1}: true}
	fmt.Println(k[key{"x", 1}], k[key{"x", 2}])
}
