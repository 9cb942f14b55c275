// run
package main

import "fmt"

type C struct{ n int }

func (c C) ValInc()  { c.n++ }
func (c *C) PtrInc() { c.n++ }

func main() {
	c := C{}
	c.ValInc()
	c.PtrInc()
	fmt.Println(c.n)
	p := &c
	p.ValInc()
	p.PtrInc()
	fmt.Println(c.n, p.n)
	cs := []C{{}}
	cs[0].PtrInc()
	fmt.Println(cs)
	m := map[string]*C{"a": {}}
	m["a"].PtrInc()
	fmt.Println(m["a"].n)
}
