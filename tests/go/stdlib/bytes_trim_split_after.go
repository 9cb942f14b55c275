// run
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	b := []byte("  xxhello, world!xx  ")
	show := func(name string, v []byte) { fmt.Printf("%s %q %v\n", name, v, v == nil) }
	show("TrimRight", bytes.TrimRight(b, " x"))
	show("TrimRightAll", bytes.TrimRight([]byte("xx"), "x"))
	show("TrimRightNil", bytes.TrimRight(nil, "x"))
	show("TrimLeftFunc", bytes.TrimLeftFunc(b, unicode.IsSpace))
	show("TrimLeftFuncAll", bytes.TrimLeftFunc([]byte("   "), unicode.IsSpace))
	show("TrimRightFunc", bytes.TrimRightFunc(b, func(r rune) bool { return r == ' ' || r == 'x' }))
	show("TrimRightFuncAll", bytes.TrimRightFunc([]byte("  "), unicode.IsSpace))
	fmt.Println(bytes.LastIndexFunc(b, unicode.IsLetter), bytes.LastIndexFunc(b, unicode.IsDigit), bytes.LastIndexAny(b, "ol"), bytes.LastIndexAny(b, "zq"))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q %v\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 0), bytes.SplitAfterN([]byte("a"), []byte(","), 0) == nil)
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("héllo"), nil))
	fmt.Printf("%q %q\n", bytes.ToTitle([]byte("héllo ǆ")), bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?")))
}
