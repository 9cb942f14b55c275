// run
package main

import "fmt"

type Base struct{ id int }

func (b *Base) SetID(i int) { b.id = i }
func (b Base) ID() int      { return b.id }

type Derived struct {
	*Base
	name string
}

type Wrapper struct {
	Derived
}

func main() {
	d := Derived{&Base{}, "d"}
	d.SetID(7)
	fmt.Println(d.ID())
	w := Wrapper{d}
	w.SetID(9)
	fmt.Println(d.ID(), w.ID())
	type I interface {
		SetID(int)
		ID() int
	}
	var i I = w
	i.SetID(11)
	fmt.Println(d.ID())
}
