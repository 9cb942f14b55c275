// run
package main

import "fmt"

func main() {
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
	fmt.Println("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "a")
	a, b := "hello", "hell"
	b += "o"
	fmt.Println(a == b)
	words := []string{"pear", "apple", "fig"}
	min := words[0]
	for _, w := range words {
		if w < min {
			min = w
		}
	}
	fmt.Println(min)
}
