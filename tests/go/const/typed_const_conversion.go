// run
package main

import "fmt"

func main() {
	const c = 300
	var i16 int16 = c
	var f32 float32 = c
	var u = uint8(c - 100)
	fmt.Println(i16, f32, u)
	fmt.Println(float64(1<<53+1) == 1<<53)
	fmt.Println(int64(1e15), uint32(1e9))
	var r rune = 'A' + 25
	fmt.Println(r, string(r))
	const big = 1e300 * 1e300 / 1e300
	fmt.Println(big)
}
