// run
package main

import "fmt"

func main() {
	s := "hello world"
	sub := s[6:]
	s = "changed"
	fmt.Println(sub, s)
	b := []byte(sub)
	b[0] = 'W'
	fmt.Println(sub, string(b))
	fmt.Println(len(s[2:2]), s[len(s):] == "")
}
