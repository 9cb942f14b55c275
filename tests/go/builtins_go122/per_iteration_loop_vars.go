// run go1.22
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
