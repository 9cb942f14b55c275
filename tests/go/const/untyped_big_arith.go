// run
package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Huge = Big * Big

func main() {
	fmt.Println(Small, Huge/Big/Big)
	fmt.Println(1<<62, int64(1)<<62)
	var x int64 = 1e9
	var y int64 = 1e18
	fmt.Println(x, y, x*3)
	const f = 1 << 62
	fmt.Println(f / (1 << 60))
	var u uint64 = 1<<64 - 1
	fmt.Println(u)
	fmt.Println(Big / 3 % 1000)
}
