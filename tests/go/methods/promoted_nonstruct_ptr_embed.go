// run
package main

import (
	"fmt"
	"strings"
	"sync"
)

type C int

func (c *C) Inc() int { *c++; return int(*c) }
func (c C) Get() int  { return int(c) }

type L []int

func (l *L) Push(v int) { *l = append(*l, v) }
func (l L) Len() int     { return len(l) }

type Incer interface{ Inc() int }
type Getter interface{ Get() int }
type Pusher interface {
	Push(int)
	Len() int
}

type HasC struct {
	name string
	*C
}
type HasL struct {
	*L
	x int
}
type Deep struct{ HasC }
type DeepP struct{ *HasC }

type Counter struct {
	mu sync.Mutex
	n  int
}

type Guarded struct{ *sync.Mutex }

func main() {
	c := C(1)
	var i Incer = HasC{"a", &c}
	fmt.Println(i.Inc(), i.Inc(), c)
	var g Getter = HasC{"b", &c}
	fmt.Println(g.Get())
	i = Deep{HasC{"d", &c}}
	fmt.Println(i.Inc(), c)
	i = DeepP{&HasC{"e", &c}}
	fmt.Println(i.Inc(), c)
	g = &DeepP{&HasC{"e", &c}}
	fmt.Println(g.Get())
	f := i.Inc
	fmt.Println(f(), c)
	h := HasC{"x", &c}.Inc
	fmt.Println(h(), c)
	ge := HasC.Get
	ie := HasC.Inc
	fmt.Println(ge(HasC{"y", &c}), ie(HasC{"y", &c}), c)
	pe := (*DeepP).Inc
	fmt.Println(pe(&DeepP{&HasC{"z", &c}}), c)

	var l L
	var p Pusher = HasL{&l, 0}
	p.Push(1)
	p.Push(2)
	fmt.Println(p.Len(), l)
	push := HasL{&l, 0}.Push
	push(3)
	fmt.Println(l, HasL.Len(HasL{&l, 1}), (*L).Len(&l))
	(*L).Push(&l, 4)
	fmt.Println(l)

	var gd = Guarded{&sync.Mutex{}}
	lock := Guarded.Lock
	lock(gd)
	gd.Unlock()
	var lk sync.Locker = gd
	lk.Lock()
	lk.Unlock()
	fmt.Println("locked and unlocked")
	up := strings.ToUpper
	var b strings.Builder
	ws := (*strings.Builder).WriteString
	ws(&b, up("hi"))
	fmt.Println(b.String(), (*strings.Builder).Len(&b))
}
