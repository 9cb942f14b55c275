// run
// strings package breadth: Split/SplitN/Fields/Join/Replace/Replacer/Title-case/Trim*/Index*/EqualFold.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Fields(t), len(strings.Fields(t)))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.Contains(t, "fox"), strings.ContainsAny(t, "xyz"), strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.IndexByte(t, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.Index(t, "cat"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("ÀBC"), strings.Title("hello world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "")
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.IndexFunc("abc1", func(r rune) bool { return r == '1' }))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d;", i)
	}
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	rd := strings.NewReader("hello reader")
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]), rd.Len())
	words := strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' })
	fmt.Println(words)
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ToTitle("go"), strings.Fields("") == nil, len(strings.Split("", ",")))
}
