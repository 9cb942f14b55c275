// run
package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var z uint8
	z--
	fmt.Println(z)
	var b uint16 = 65535
	b += 10
	fmt.Println(b)
	var c uint32
	c -= 1
	fmt.Println(c)
	var d uint64
	d--
	fmt.Println(d, d*d, d+d)
	var u uint = 3
	fmt.Println(u - 5 > 0)
	var x uint8 = 200
	fmt.Println(x*2, x+x, -x)
}
