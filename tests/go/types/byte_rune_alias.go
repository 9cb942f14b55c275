// run
package main

import "fmt"

func main() {
	var b byte = 'A'
	var u uint8 = b
	var r rune = 'é'
	var i int32 = r
	fmt.Println(b, u, r, i)
	fmt.Printf("%T %T %c %c\n", b, r, b, r)
	bs := []uint8{104, 105}
	fmt.Println(string(bs))
}
