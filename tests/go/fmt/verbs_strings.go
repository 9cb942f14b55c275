// run
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%10s|%-10s|%.2s|%q|%x|%X|% x\n", s, s, s, s, s, s, s, s)
	fmt.Printf("%q %+q %#q %#q\n", "a\"b\n", "héllo", "back`tick", "raw")
	fmt.Printf("%s %q %v\n", []byte("bytes"), []byte("q"), []byte("v"))
	fmt.Printf("%5.1q|%c%c\n", "abc", 'o', 'k')
	fmt.Printf("%s\n", []string{"a", "b"})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Printf("%x\n", "hi there")
	fmt.Printf("%t %v %5t\n", true, false, true)
}
