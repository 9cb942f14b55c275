// errorcheck
// strings.Reader has no ReadString method (only bufio.Reader and bytes.Buffer do).
package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReader("a\nb")
	s, err := r.ReadString('\n') // ERROR "r.ReadString undefined \(type \*strings.Reader has no field or method ReadString\)"
	fmt.Println(s, err)
}
