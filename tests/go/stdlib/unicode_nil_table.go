// run

// unicode.Is, In and IsOneOf with a nil *RangeTable: Go dereferences it (a run-time panic),
// except that In and IsOneOf return true at a matching table before reaching the nil one.
package main

import (
	"fmt"
	"unicode"
)

func try(name string, f func() bool) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panics:", e)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var t *unicode.RangeTable
	try("Is(nil)", func() bool { return unicode.Is(t, 'A') })
	try("In(A, Latin, nil)", func() bool { return unicode.In('A', unicode.Latin, t) })
	try("In(1, Latin, nil)", func() bool { return unicode.In('1', unicode.Latin, t) })
	try("IsOneOf(Digit, nil)", func() bool { return unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, t}, '7') })
	try("IsOneOf(nil, Digit)", func() bool { return unicode.IsOneOf([]*unicode.RangeTable{t, unicode.Digit}, '7') })
	try("empty table", func() bool { return unicode.Is(&unicode.RangeTable{}, 'A') })
}
