// run
package main

import "fmt"

func main() {
	fmt.Printf("%U %#U %c %q %d\n", 'é', '⌘', 0x1F600, '\n', 'A')
	fmt.Printf("%q %+q\n", "日本\t", "日本")
	fmt.Printf("%x % X\n", "日", "日")
	fmt.Printf("%v %d\n", []rune("hé"), []byte("hé"))
	fmt.Printf("%c\n", []rune("abc"))
	fmt.Printf("%q\n", []rune("ab"))
}
