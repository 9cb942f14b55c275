// run
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a = -128
	a--
	fmt.Println(a)
	var b int16 = 32767
	b += 2
	fmt.Println(b)
	var c int32 = 2147483647
	c *= 2
	fmt.Println(c)
	var d int64 = 9223372036854775807
	d++
	fmt.Println(d)
	var e int8 = -128
	fmt.Println(-e, e/-1, e*-1)
	var m int8 = 100
	fmt.Println(m*3, m+m)
}
