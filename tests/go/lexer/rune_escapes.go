// run
package main

import "fmt"

func main() {
	runes := []rune{'a', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', 'ä', '世'}
	for _, r := range runes {
		fmt.Print(int(r), " ")
	}
	fmt.Println()
	fmt.Printf("%q\n", runes)
}
