// run
package main

import "fmt"

type T struct{ n int }
type B = T
type A = B

func (A) M() string     { return "M" }
func (a *A) Set(n int)  { a.n = n }
func (b B) Get() int    { return b.n }

type N int
type NA = N
type NB = NA

func (n NA) Double() int { return int(n) * 2 }
func (n *NB) Inc()       { *n++ }

type L []string
type LA = L

func (l LA) Len() int { return len(l) }

type PT = *T

func (p PT) Ptr() int { return p.n + 100 }

type Getter interface{ Get() int }
type Doubler interface {
	Double() int
	Inc()
}

func main() {
	var t T
	t.Set(4)
	var a A = t
	fmt.Println(t.M(), t.n, a.Get(), NA(3).Double(), N(5).Double(), t.Ptr())
	var g Getter = a
	fmt.Println(g.Get())
	n := NB(10)
	n.Inc()
	var d Doubler = &n
	d.Inc()
	fmt.Println(n, d.Double())
	fmt.Println(LA{"x", "y"}.Len(), L{"z"}.Len())
	f := (*A).Set
	f(&t, 9)
	fmt.Println(B.Get(t), A.M(a))
	fmt.Printf("%T %T %T\n", a, n, LA{})
}
