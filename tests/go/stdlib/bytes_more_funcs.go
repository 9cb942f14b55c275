// run

package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	s := []byte("  a,b;;c  d  ")
	f := bytes.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' })
	fmt.Printf("%q %d\n", f, len(f))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("   "), unicode.IsSpace))

	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)

	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c,d"), []byte(","), -1))
	fmt.Printf("%q %v\n", bytes.SplitN([]byte("a,b"), []byte(","), 0), bytes.SplitN([]byte("a,b"), []byte(","), 0) == nil)
	fmt.Printf("%q\n", bytes.SplitN([]byte("abc"), []byte(""), 2))

	fmt.Printf("%q\n", bytes.TrimLeft([]byte("xxyhelloxx"), "xy"))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123"), unicode.IsDigit))

	fmt.Println(bytes.IndexFunc([]byte("hello, 世界"), func(r rune) bool { return r > 127 }))
	fmt.Println(bytes.IndexFunc([]byte("hello"), unicode.IsDigit))
	fmt.Println(bytes.IndexAny([]byte("golang"), "ny"), bytes.IndexAny([]byte("golang"), "xyz"), bytes.IndexAny([]byte("héllo"), "lé"))
	fmt.Println(bytes.LastIndexByte([]byte("a/b/c"), '/'), bytes.LastIndexByte([]byte("abc"), '/'))

	rot := bytes.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == '!':
			return -1
		}
		return r
	}, []byte("hello, world!"))
	fmt.Printf("%s\n", rot)

	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("Straße"), []byte("STRASSE")), bytes.EqualFold([]byte("k"), []byte("\u212a")))

	var r io.Reader = bytes.NewReader([]byte("stream of bytes"))
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	all, err := io.ReadAll(bytes.NewReader([]byte("all at once")))
	fmt.Printf("%q %v\n", all, err)
}
