// run
// Found by the differential test: storing a negative int8 through a pointer to a variable,
// a field or a global (which live in word slots) writes only the low byte, so the slot reads
// back as 128..255 (int(x), comparisons, struct equality). Fixed: int8 elements take a word.

package main

import "fmt"

type Count int8

func (c *Count) inc() { *c++ }

var g int8 = 127

func main() {
	c := Count(127)
	c.inc()
	fmt.Println(c, int(c), c < 0)
	var i8 int8 = 127
	q := &i8
	*q++
	fmt.Println(i8, int(i8), int(*q))
	*q = -5
	fmt.Println(int(i8))
	s := struct{ a, b int8 }{127, -1}
	pa := &s.a
	*pa++
	fmt.Println(int(s.a), s == struct{ a, b int8 }{-128, -1})
	pg := &g
	*pg += 2
	fmt.Println(int(g))
}
