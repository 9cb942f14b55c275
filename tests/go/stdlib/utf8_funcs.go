// run
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen('a'))
	fmt.Println(utf8.RuneCount([]byte("日本")), utf8.UTFMax, utf8.RuneStart(s[2]), utf8.FullRune([]byte{0xe4, 0xb8}))
	b := utf8.AppendRune(nil, '世')
	fmt.Println(b)
}
