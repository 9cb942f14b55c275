// run
package main

import "fmt"

func main() {
	var x int32 = 1
	fmt.Println(x<<31, x<<32, x<<40)
	var y int8 = -128
	fmt.Println(y>>1, y>>7, y>>100)
	var u uint8 = 0x80
	fmt.Println(u>>7, u<<1, u>>8)
	var s uint = 70
	var i64 int64 = 1
	fmt.Println(i64<<s, i64<<63)
	var n int = -1
	fmt.Println(n>>1, n>>63, n<<62)
	var u64 uint64 = 1 << 63
	fmt.Println(u64>>63, u64<<1)
	shift := 3
	fmt.Println(1<<shift, 256>>shift)
}
