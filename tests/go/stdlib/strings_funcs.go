// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World, Go"
	fmt.Println(strings.Contains(s, "World"), strings.ContainsRune(s, 'G'), strings.ContainsAny(s, "xyz"))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "Go"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'G'), strings.Index(s, "zz"))
	fmt.Printf("%q\n", strings.Split(s, ", "))
	fmt.Printf("%q\n", strings.SplitN(s, ",", 2))
	fmt.Printf("%q\n", strings.Fields("  a b\t c\n  "))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace(s, "o", "0", 2), strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s), strings.Title("go lang"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  x y  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabc", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	fmt.Printf("%q\n", strings.Split("a,b,", ","))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'o' {
			return -1
		}
		return r + 1
	}, "foo bar"))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.IndexFunc("abc1", func(r rune) bool { return r == '1' }))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
}
