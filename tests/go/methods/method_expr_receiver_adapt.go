// run
package main

import "fmt"

type T []int

func (t T) Len() int { return len(t) }

type S struct{ n int }

func (s S) Get() int   { return s.n }
func (s *S) Inc()      { s.n++ }

type E struct{ S }
type EP struct{ *S }

func main() {
	t := T{1, 2, 3}
	fmt.Println((*T).Len(&t))
	fmt.Println(T.Len(t))
	s := S{5}
	fmt.Println(S.Get(s), (*S).Get(&s))
	(*S).Inc(&s)
	fmt.Println(s.n)
	f := (*S).Get
	fmt.Println(f(&s))
	e := E{S{7}}
	fmt.Println(E.Get(e), (*E).Get(&e))
	(*E).Inc(&e)
	fmt.Println(e.n)
	ep := EP{&S{9}}
	fmt.Println(EP.Get(ep), (*EP).Get(&ep))
	EP.Inc(ep)
	fmt.Println(ep.n)
	g := ep.Inc
	g()
	fmt.Println(ep.n)
	h := e.Get
	e.n = 100
	fmt.Println(h())
}
