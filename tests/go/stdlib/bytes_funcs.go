// run
package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, Gophers")
	fmt.Println(bytes.Contains(a, []byte("Go")), bytes.Index(a, []byte("o")), bytes.HasPrefix(a, []byte("He")), bytes.HasSuffix(a, []byte("s")))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.Equal(nil, []byte{}))
	fmt.Printf("%s\n", bytes.ToUpper(a))
	fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Printf("%s|\n", bytes.TrimSpace([]byte("  pad  ")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll(a, []byte("o"), []byte("0")))
	fmt.Println(bytes.IndexByte(a, ','), bytes.Count(a, []byte("e")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y ")))
}
