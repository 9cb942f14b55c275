// run
package main

import "fmt"

type T struct{ a, n int }

func (t *T) P() int { t.n++; return t.n }
func (t *T) Q(k int) int { return t.n + k }
func (t T) V() int  { return t.n * 10 }

type PI interface{ P() int }
type QI interface{ Q(int) int; V() int }

type SP struct{ x string; *T }
type SP2 struct{ y int; SP }

type Stringer interface{ String() string }
type N int
func (n N) String() string { return fmt.Sprint("N", int(n)) }
type W struct{ Stringer }
type WP struct{ *W }

func main() {
	t := T{0, 1}
	var p PI = SP{"a", &t}
	fmt.Println(p.P(), t.n)
	var q QI = SP2{1, SP{"b", &t}}
	fmt.Println(q.Q(5), q.V())
	f := q.Q
	fmt.Println(f(7))
	var s Stringer = W{N(3)}
	fmt.Println(s.String())
	s = WP{&W{N(4)}}
	fmt.Println(s.String(), s)
	g := s.String
	fmt.Println(g())
	h := WP.String
	fmt.Println(h(WP{&W{N(5)}}))
}
