// run
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p), buf.Len())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest := buf.Bytes()
	fmt.Println(string(rest))
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	b2 := bytes.NewBufferString("x,y")
	tok, err := b2.ReadString(',')
	fmt.Println(tok, err)
	tok, err = b2.ReadString(',')
	fmt.Println(tok, err)
}
