// run
package main

import "fmt"

type Counter struct{ N int }

func (c *Counter) Inc() { c.N++ }

func main() {
	cs := []Counter{{1}, {2}}
	for _, c := range cs {
		c.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	ps := []*Counter{{1}, {2}}
	for _, p := range ps {
		p.Inc()
	}
	fmt.Println(*ps[0], *ps[1])
}
