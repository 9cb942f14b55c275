// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	var sb strings.Builder
	sb.Grow(64)
	for _, w := range []string{"x", "y", "z"} {
		if sb.Len() > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(w)
	}
	fmt.Println(sb.String())
}
