// run
package main

import "fmt"

type Key struct{ a, b int }
type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

var gch = func() chan Sq { c := make(chan Sq, 1); c <- 3; return c }()
var gr, grok = <-gch
var gshape Shape = Sq(2)
var gsq, gisSq = gshape.(Sq)
var garea, gok2 = gshape.(interface{ Area() float64 })
var gm = map[Key]string{{1, 2}: "one-two"}
var gs, gfound = gm[Key{1, 2}]
var _, gmissing = gm[Key{2, 1}]

func main() {
	fmt.Println(gr, grok, gsq, gisSq, garea.Area(), gok2, gs, gfound, gmissing)
	var f, ok = gm[Key{1, 2}]
	fmt.Println(f, ok)
	var v, present interface{} = gm[Key{3, 3}]
	fmt.Printf("%q %v\n", v, present)
	var n, isInt = v.(int)
	fmt.Println(n, isInt)
	type Flag bool
	var s2, fl Flag = gm[Key{1, 2}] != "", true
	fmt.Println(s2, fl)
	c := make(chan []int, 1)
	c <- []int{1, 2}
	close(c)
	var xs, open = <-c
	var ys, open2 = <-c
	fmt.Println(xs, open, ys == nil, open2)
	var sh, okSh Shape = gsq, nil
	fmt.Println(sh, okSh)
	var _, has = gm[Key{1, 2}]
	fmt.Println(has)
}
