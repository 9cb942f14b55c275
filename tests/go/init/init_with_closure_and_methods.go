// run
package main

import "fmt"

type reg struct{ names []string }

func (r *reg) add(n string) int { r.names = append(r.names, n); return len(r.names) }

var R = &reg{}
var one = R.add("one")
var two = func() int { return R.add("two") }()

func init() {
	R.add("from init")
}

func main() {
	fmt.Println(one, two, R.names)
}
