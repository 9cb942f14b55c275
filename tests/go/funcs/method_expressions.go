// run
package main

import "fmt"

type P struct{ X int }

func (p P) Double() int     { return p.X * 2 }
func (p *P) Set(x int)      { p.X = x }
func (p P) Plus(y int) int  { return p.X + y }

func main() {
	d := P.Double
	fmt.Println(d(P{4}))
	set := (*P).Set
	p := P{1}
	set(&p, 10)
	fmt.Println(p, P.Plus(p, 5), (*P).Double(&p))
	fmt.Printf("%T\n%T\n", d, set)
}
