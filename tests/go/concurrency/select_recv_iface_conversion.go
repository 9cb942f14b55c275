// run procs=1,4
package main

import "fmt"

type MyErr struct{ s string }

func (e *MyErr) Error() string { return e.s }

func main() {
	var i interface{}
	c := make(chan int, 1)
	c <- 1
	select {
	case i = <-c:
	}
	fmt.Println(i)
	var e error
	errc := make(chan *MyErr, 1)
	errc <- &MyErr{"boom"}
	select {
	case e = <-errc:
	}
	fmt.Println(e)
	var ok bool
	c <- 2
	select {
	case i, ok = <-c:
	}
	fmt.Println(i, ok)
	type P struct{ x int; y interface{} }
	var p P
	c <- 3
	select {
	case p.x = <-c:
	}
	c <- 4
	select {
	case p.y = <-c:
	}
	fmt.Println(p)
	m := map[string]int{}
	c <- 5
	select {
	case m["a"] = <-c:
	}
	fmt.Println(m)
	s := make([]interface{}, 2)
	c <- 6
	select {
	case s[1], ok = <-c:
	}
	fmt.Println(s, ok)
	q := new(int)
	c <- 7
	select {
	case *q = <-c:
	}
	fmt.Println(*q)
	close(c)
	select {
	case s[0], ok = <-c:
	}
	fmt.Println(s, ok)
}
