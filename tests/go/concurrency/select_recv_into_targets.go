// run procs=1,4
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ s string }

func (e *MyErr) Error() string { return e.s }

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var global interface{}
var gerr error

type Box struct {
	v  interface{}
	sh Shape
	n  int
}

func main() {
	ci := make(chan int, 4)
	cs := make(chan Sq, 4)
	ce := make(chan *MyErr, 4)
	cb := make(chan byte, 4)

	ci <- 10
	select {
	case global = <-ci:
	}
	ce <- &MyErr{"first"}
	select {
	case gerr = <-ce:
	}
	fmt.Println(global, gerr)

	var b Box
	cs <- Sq{3}
	select {
	case b.sh = <-cs:
	}
	ci <- 11
	select {
	case b.v = <-ci:
	}
	fmt.Println(b.sh.Area(), b.v)

	pb := &b
	cs <- Sq{4}
	var ok bool
	select {
	case pb.sh, ok = <-cs:
	}
	fmt.Println(b.sh.Area(), ok)

	arr := [3]interface{}{}
	i := 1
	ci <- 12
	select {
	case arr[i] = <-ci:
	}
	fmt.Println(arr)

	m := map[string]Shape{}
	cs <- Sq{5}
	select {
	case m["five"] = <-cs:
	}
	fmt.Println(m["five"].Area())

	var e error
	ce <- nil
	select {
	case e = <-ce:
	}
	fmt.Println(e == nil, e != nil)

	cb <- 200
	var any interface{}
	select {
	case any = <-cb:
	}
	fmt.Printf("%T %v\n", any, any)

	// v, ok with ok into an interface and the value into a pointer deref
	var okv interface{}
	p := new(interface{})
	ci <- 13
	select {
	case *p, okv = <-ci:
	}
	fmt.Println(*p, okv)

	// index evaluated before the store: i changes in the same case
	s := []interface{}{0, 0, 0}
	ci <- 2
	select {
	case i, s[i] = <-ci:
	}
	fmt.Println(i, s)

	// parenthesised receives
	ci <- 20
	select {
	case x := (<-ci):
		fmt.Println("paren define", x)
	}
	ci <- 21
	select {
	case (<-ci):
		fmt.Println("paren plain")
	}
	close(ci)
	select {
	case x, ok := (<-ci):
		fmt.Println("paren ok", x, ok)
	}
	var y interface{} = "unset"
	select {
	case y, ok = (<-ci):
		fmt.Println("paren assign", y, ok)
	}

	// in a loop, with a default, through a function returning a channel
	get := func() chan *MyErr { return ce }
	for k := 0; k < 3; k++ {
		if k == 1 {
			ce <- &MyErr{"second"}
		}
		select {
		case e = <-get():
			fmt.Println("got", e, errors.Is(e, e))
		default:
			fmt.Println("default", k)
		}
	}
}
