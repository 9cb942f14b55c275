// run
// A value method called through an interface holding a nil *T panics with a nil
// dereference (the *T method-set entry checks the pointer), also when promoted through an
// embedded nil *T, through a method value, and in fmt (which prints <nil> for a nil
// receiver's String panic).

package main

import "fmt"

type T struct{ n int }

func (t T) V() int         { return t.n }
func (t T) String() string { return fmt.Sprint("T", t.n) }

type N int

func (n N) V() int { return int(n) }

type I interface{ V() int }

type W struct{ *T }

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var p *T
	var i I = p
	try("iface", i.V)
	try("iface call", func() int { return i.V() })
	var w I = W{}
	try("promoted", func() int { return w.V() })
	var np *N
	var j I = np
	try("named int", func() int { return j.V() })
	fmt.Println(p)
	fmt.Printf("%v %s|\n", p, p)
	t := &T{4}
	i = t
	try("non-nil", i.V)
	fmt.Println(t)
}
