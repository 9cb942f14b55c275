// run
package main

import (
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	var r io.Reader = upper{strings.NewReader("hello reader")}
	b, err := io.ReadAll(r)
	fmt.Println(string(b), err)
	_, isWriter := r.(io.Writer)
	fmt.Println(isWriter)
}
