// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{`"hello" world`, "`raw` rest", `'a' b`, `"unterminated`, `no quote`, `"a\"b" c`, `'ab'`, `"\u00e9t\x41" x`, ``} {
		q, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", q, err)
	}
	b := []byte("x:")
	b = strconv.AppendBool(b, true)
	b = strconv.AppendUint(b, 255, 16)
	b = strconv.AppendFloat(b, 3.25, 'g', -1, 64)
	b = strconv.AppendQuoteRune(b, '☺')
	fmt.Println(string(b))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.IsPrint('\u00ad'), strconv.IsPrint('☺'))
}
