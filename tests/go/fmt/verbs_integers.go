// run
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%d %x %b\n", -42, -42, -5)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 0x4e16, 0x1F600, 'x')
	fmt.Printf("%08.3d|%.0d|%.0d|%6.2x\n", 7, 0, 1, 10)
	var u8 uint8 = 200
	var i8 int8 = -100
	fmt.Printf("%d %x %d %x\n", u8, u8, i8, i8)
	fmt.Printf("%v %v\n", uint64(18446744073709551615), int64(-9223372036854775808))
}
