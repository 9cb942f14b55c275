// run
// strconv.Append* and utf8.AppendRune append as Go's append does: in place within the
// destination's spare capacity (visible through other slices of the same array), else into
// a new array grown as append grows it.

package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

func main() {
	buf := make([]byte, 0, 32)
	a := strconv.AppendInt(buf, -42, 10)
	b := strconv.AppendQuote(buf, "hi")
	fmt.Println(string(a), string(b), len(a), cap(a), cap(b))
	c := strconv.AppendBool(nil, true)
	fmt.Println(string(c), len(c), cap(c))
	d := []byte("x")
	for i := 0; i < 20; i++ {
		d = strconv.AppendUint(d, uint64(i), 16)
		d = utf8.AppendRune(d, 'é')
		fmt.Print(len(d), "/", cap(d), " ")
	}
	fmt.Println()
	e := strconv.AppendFloat(make([]byte, 2, 10), 1.5, 'f', 2, 64)
	fmt.Printf("%q %d\n", e, cap(e))
	f := buf[:3]
	g := utf8.AppendRune(f[:1], '世')
	fmt.Printf("%q %q\n", f, g)
}
