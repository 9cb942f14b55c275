// run
package main

import "fmt"

func sh(s uint) uint { return 1 << s }

func fl(f float64) float64 { return f }

func main() {
	n := uint(3)
	var x uint64 = 1 << n
	var u uint64 = 8
	k := 5
	u = u | 1<<uint(k)
	var p int32 = -4
	ok := -(1 << n) <= p
	fmt.Println(x, u, ok, sh(4))
	fmt.Println(1<<n, int(1.0)<<n, 1.0<<n == int64(8))
	a := []uint8{1 << n, 2 << n}
	m := map[int64]string{1 << n: "eight"}
	fmt.Println(a, m[1<<n], int64(1)<<n == 1<<n)
	var i8 int8 = 1 << (n + 4)
	fmt.Println(i8)
	var y = 1 << n
	fmt.Printf("%T %v\n", y, y)
	fmt.Println(uint16(1<<n) + 1<<n)
}
