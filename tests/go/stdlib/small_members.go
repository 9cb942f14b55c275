// run

// Small members of present packages: strconv.IntSize and the Append*/IsPrint functions,
// strings.TrimLeftFunc/TrimRightFunc/LastIndexFunc/LastIndexAny/SplitAfterN/Clone/ToValidUTF8,
// sort.Find, runtime.KeepAlive and runtime.Compiler.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strconv.IntSize, runtime.Compiler)
	b := []byte("x:")
	b = strconv.AppendBool(b, true)
	b = strconv.AppendUint(b, 255, 16)
	b = strconv.AppendFloat(b, 3.25, 'e', -1, 64)
	b = strconv.AppendFloat(b, 1.0/3, 'f', 4, 32)
	b = strconv.AppendQuoteToASCII(b, "héllo\n")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	fmt.Println(string(b))
	for _, r := range []rune{'a', ' ', '\t', 'é', 0x7f, 0xD800, 0x110000, '\u00a0', '☺'} {
		fmt.Print(strconv.IsPrint(r), " ")
	}
	fmt.Println()
	fmt.Printf("%q %q\n", strings.TrimLeftFunc("  \thi there  ", unicode.IsSpace), strings.TrimRightFunc("  hi there \n", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.LastIndexFunc("go gopher 42x", unicode.IsDigit), strings.LastIndexFunc("abc", unicode.IsDigit))
	fmt.Println(strings.LastIndexAny("go gopher", "ordent"), strings.LastIndexAny("go gopher", ""), strings.LastIndexAny("héllo\xffz", "\ufffd"), strings.LastIndexAny("日本語", "本"))
	fmt.Printf("%q %q %q %q\n", strings.SplitAfterN("a,b,c,d", ",", 2), strings.SplitAfterN("a,b,c", ",", 0), strings.SplitAfterN("a,b,c", ",", -1), strings.SplitAfterN("abc", "", 2))
	fmt.Println(strings.Clone("clone"), strings.Clone("") == "")
	fmt.Printf("%q %q %q\n", strings.ToValidUTF8("a\xff\xfeb\xc3c", "?"), strings.ToValidUTF8("ok☺", "!"), strings.ToValidUTF8("\xed\xa0\x80x", "[]"))
	a := []int{1, 3, 5, 7, 9}
	for _, x := range []int{0, 1, 4, 9, 10} {
		i, found := sort.Find(len(a), func(i int) int { return x - a[i] })
		fmt.Print(i, found, " ")
	}
	fmt.Println()
	x := new(int)
	runtime.KeepAlive(x)
}
