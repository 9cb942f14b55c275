// run
package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 052, 0o52, 0O52, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7, 0_7_7)
	fmt.Println(0, 00, 0x0, 0b0, 0o0)
	fmt.Println(9223372036854775807, -9223372036854775808)
	fmt.Println(0xFFFFFFFFFFFFFFFF == 18446744073709551615)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u)
}
