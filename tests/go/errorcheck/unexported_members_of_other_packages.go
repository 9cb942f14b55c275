// errorcheck

// Unexported fields and methods of another package's types are not found, as gc reports.
package main

import (
	"bytes"
	"container/list"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	var s strings.Builder
	l := list.New()
	e := l.PushBack(1)
	fmt.Println(b.buf)  // ERROR "b.buf undefined \(type bytes.Buffer has no field or method buf\)"
	fmt.Println(s.addr) // ERROR "s.addr undefined \(type strings.Builder has no field or method addr\)"
	b.grow(1)           // ERROR "b.grow undefined \(type bytes.Buffer has no field or method grow, but does have Grow\)"
	fmt.Println(e.next) // ERROR "e.next undefined \(type \*list.Element has no field or method next, but does have Next\)"
	fmt.Println(l.len)  // ERROR "l.len undefined \(type \*list.List has no field or method len, but does have Len\)"
}
