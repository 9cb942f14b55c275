// run
package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	b := []byte("héllo")
	fmt.Println(b, len(b))
	r := []rune("héllo")
	fmt.Println(r, len(r))
	fmt.Println(string(b[1:3]), string(r[1:3]))
	fmt.Println(string([]byte{0x61, 0x62}), string([]rune{0x4e16, 0x754c}))
	type MyString string
	ms := MyString("typed")
	fmt.Println(string(ms) + "!", []byte(ms)[0])
	var bs []byte
	fmt.Println(string(bs) == "", len(string(bs)))
}
