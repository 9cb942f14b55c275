// run go1.22
package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"
)

func main() {
	after, ok := strings.CutPrefix("prefix:value", "prefix:")
	fmt.Println(after, ok)
	after, ok = strings.CutPrefix("value", "prefix:")
	fmt.Println(after, ok)
	before, ok := strings.CutSuffix("file.go", ".go")
	fmt.Println(before, ok)
	fmt.Println(strings.ContainsFunc("abc1", unicode.IsDigit), strings.ContainsFunc("abc", unicode.IsDigit))
	b := []byte("key=value")
	rest, ok := bytes.CutPrefix(b, []byte("key="))
	rest[0] = 'V'
	fmt.Println(string(rest), ok, string(b))
	head, ok := bytes.CutSuffix(b, []byte("=Value"))
	fmt.Println(string(head), ok, cap(head) == cap(b))
	c := bytes.Clone(b)
	c[0] = 'K'
	fmt.Println(string(c), string(b), bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	fmt.Println(bytes.ContainsFunc(b, unicode.IsUpper))
	n, ok := bytes.CutPrefix(nil, nil)
	fmt.Println(n == nil, ok)
	t := time.Date(2024, 3, 9, 14, 5, 7, 0, time.UTC)
	fmt.Println(t.Format(time.DateTime), t.Format(time.DateOnly), t.Format(time.TimeOnly))
	p, err := time.Parse(time.DateOnly, "2023-12-25")
	fmt.Println(p, err)
}

func init() {
	a := time.Unix(100, 0)
	b := time.Unix(200, 0)
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(a))
}
