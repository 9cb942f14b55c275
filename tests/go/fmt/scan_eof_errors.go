// run
// Sscan/Sscanln/Sscanf that run out of input where an operand is due return io.EOF itself;
// only a missing literal of the format at the end of input is io.ErrUnexpectedEOF. Scan and Scanln
// on an empty standard input return io.EOF.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	var a, b int
	var s string
	fmt.Println(fmt.Sscanf("", "%d", &a))
	fmt.Println(fmt.Sscanf("5", "%d %d", &a, &b))
	fmt.Println(fmt.Sscanf("5", "%d,%d", &a, &b))
	fmt.Println(fmt.Sscanln("5", &a, &b))
	fmt.Println(fmt.Sscanln("", &a))
	fmt.Println(fmt.Sscan("x", &s, &a))
	fmt.Println(fmt.Sscanf("7", "%s %q", &s, &s))
	fmt.Println(fmt.Sscan(`"abc`, &a))
	_, err := fmt.Sscan("", &a)
	fmt.Println(err == io.EOF)
	_, err = fmt.Sscanf("5", "%d,%d", &a, &b)
	fmt.Println(errors.Is(err, io.ErrUnexpectedEOF))
	fmt.Println(fmt.Scan(&a))
	fmt.Println(fmt.Scanln(&s, &a))
	_, err = fmt.Scan(&s)
	fmt.Println(err == io.EOF)
}
