// run
package main

import (
	"bufio"
	"fmt"
	"io"
	"unicode/utf8"
)

// oneByte hands out its data one byte per Read, so bufio must decide from partial runes
// whether to wait for more (utf8.FullRune).
type oneByte struct{ data []byte }

func (r *oneByte) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

const input = "\xc0a\xe2\x82\xacb\xe0\x80c\xf0\x90\x80\x80\xed\xa0d\xf4"

func main() {
	sc := bufio.NewScanner(&oneByte{[]byte(input)})
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	rd := bufio.NewReader(&oneByte{[]byte(input)})
	for {
		r, size, err := rd.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q/%d ", r, size)
	}
	for _, p := range []string{"\xc2", "\xc0", "\xe2\x82", "\xe0\x80", "\xed\xa0", "\xf0\x90\x80", "\xf4\x90", ""} {
		fmt.Print(utf8.FullRune([]byte(p)), utf8.FullRuneInString(p), " ")
	}
	fmt.Println()
}
