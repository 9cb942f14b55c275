// run
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b %b\n", a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b1010_0101
	fmt.Printf("%08b %08b\n", ^u, u&^0x0F)
	var i int16 = -1
	fmt.Println(i&0x7FFF, i^i, uint16(i))
	x := 0xF0F0
	x &^= 0xFF00
	fmt.Printf("%#x\n", x)
}
