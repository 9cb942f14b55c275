// run

package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("line one\nline two\nrest")
	for {
		line, err := b.ReadBytes('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	b.WriteString("abcdefgh")
	fmt.Printf("%q\n", b.Next(3))
	fmt.Printf("%q\n", b.Next(100))
	fmt.Printf("%q %d\n", b.Next(1), b.Len())

	c := bytes.NewBuffer(make([]byte, 0, 64))
	fmt.Println(c.Cap() >= 64, c.Len())
	c.WriteString("xyz")
	fmt.Println(c.Cap() >= 64, c.Len())
	var z bytes.Buffer
	fmt.Println(z.Cap())
}
