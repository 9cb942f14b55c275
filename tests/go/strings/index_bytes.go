// run
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	fmt.Printf("%T %c %x\n", s[0], s[0], s[1])
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Println(s[1:3], s[:1], s[3:], s[:])
}
