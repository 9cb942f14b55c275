// run
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', 'é', '世', '!', '_'} {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), unicode.IsNumber('½'), unicode.IsDigit('½'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek), unicode.MaxRune)
}
