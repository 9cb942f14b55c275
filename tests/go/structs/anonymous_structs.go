// run
package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}}
	for _, p := range people {
		fmt.Printf("%s=%d ", p.Name, p.Age)
	}
	fmt.Println()
	var cfg struct {
		Debug bool
		Level int
	}
	cfg.Level = 3
	fmt.Printf("%+v %T\n", cfg, pt)
	type named struct{ X, Y int }
	var n named = pt
	fmt.Println(n)
}
