// run
// bytes.Buffer and bytes helpers: Write/WriteString/ReadString, Equal/Compare/Split/Fields/ToUpper.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello ")
	b.Write([]byte("world\n"))
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Fprintf(&b, " %d\nsecond line\n", 42)
	fmt.Println(b.Len())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, _ := io.ReadAll(&b)
	fmt.Printf("%q %d\n", rest, b.Len())
	x := []byte("a,b,c")
	fmt.Printf("%q\n", bytes.Split(x, []byte(",")))
	fmt.Println(bytes.Equal([]byte("go"), []byte("go")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(string(bytes.ToUpper(x)), bytes.Contains(x, []byte("b,")), bytes.Index(x, []byte("c")))
	fmt.Printf("%s\n", bytes.Fields([]byte("  x  y z ")))
	fmt.Println(string(bytes.TrimSpace([]byte("  pad  "))), string(bytes.Repeat([]byte("ab"), 2)))
	fmt.Println(string(bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+"))))
	buf := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := buf.ReadString('\n')
		fmt.Printf("%q ", l)
		if err == io.EOF {
			break
		}
	}
	fmt.Println()
	var w io.Writer = &b
	n, _ := io.WriteString(w, "via io")
	fmt.Println(n, b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	r := bytes.NewReader([]byte("abcdef"))
	p := make([]byte, 4)
	for {
		n, err := r.Read(p)
		if n > 0 {
			fmt.Print(string(p[:n]), "|")
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
}
