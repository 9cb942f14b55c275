// run
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(s, string(b))
	r := []rune(s)
	r[len(r)-1] = '!'
	fmt.Println(string(r), len(r), len(b))
	var bs []byte
	bs = append(bs, "abc"...)
	bs = append(bs, 'd')
	fmt.Println(string(bs))
	fmt.Println([]byte(""), []rune(""), len([]byte("")))
}
