// run
// bytes.NewReader (Len/Read/ReadByte/ReadRune, io.ReadAll through it), bytes.IndexRune, Title, Runes.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(r.Len())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err, r.Len())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], r.Len())
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.Read(p)
	fmt.Println(n, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	var rd io.Reader = bytes.NewReader(nil)
	all, err := io.ReadAll(rd)
	fmt.Println(len(all), err)
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexRune([]byte("héé"), 'é'), bytes.IndexRune([]byte("x"), 'y'))
	fmt.Println(string(bytes.Title([]byte("hello wide world"))), bytes.Runes([]byte("hé\xffz")), len(bytes.Runes(nil)))
}
