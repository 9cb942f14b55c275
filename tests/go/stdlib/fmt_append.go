// run
package main

import "fmt"

func main() {
	var b []byte
	b = fmt.Append(b, "x", 1, 2, "y")
	b = fmt.Appendln(b, "a", 3)
	b = fmt.Appendf(b, "%05.1f|%q|%v", 3.14159, "hi", []int{1})
	fmt.Println(string(b), len(b))
	buf := make([]byte, 0, 64)
	out := fmt.Appendf(buf, "%d", 42)
	fmt.Println(string(out), cap(out) == 64, string(fmt.Append(nil)), fmt.Append(nil) == nil)
}
