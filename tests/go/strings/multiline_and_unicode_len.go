// run
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "日本語テキスト"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	fmt.Println(s[3:9])
	fmt.Printf("%x\n", s[:3])
	fmt.Printf("% x\n", "日")
}
