// run
package main

import "fmt"

type Mask uint8

func shl(s uint) uint     { return 1 << s }
func mask(s uint) Mask    { return 1<<s | 1 }
func take64(v int64) int64 { return v }

var gs uint = 63
var gbig uint64 = 1 << gs
var gneg int32 = 1 << (gs - 32)

func main() {
	n := uint(3)
	x := 1 << n
	var i interface{} = 1 << n
	fmt.Printf("%T %v %T %v\n", x, x, i, i)
	a := [16]int{}
	a[1<<n] = 5
	s := make([]int, 1<<n, 2<<n)
	fmt.Println(a[8], len(s), cap(s))
	fmt.Println(shl(5), mask(2), take64(1<<(n+40)))
	fmt.Println(gbig, gneg)
	var u8 uint8 = 1<<n + 1
	var neg int16 = -(1 << (n + 12))
	var inv uint16 = ^(1 << n)
	fmt.Println(u8, neg, inv)
	var p int32 = -9
	fmt.Println(-(1 << n) <= p, p < 1<<n)
	var m Mask = 3
	switch m {
	case 1<<n - 5:
		fmt.Println("three")
	}
	var f64 float64 = float64(int(1) << n)
	fmt.Println(f64)
	var r rune = 'a' << (n - 3)
	fmt.Println(r, string(r))
	k := 70
	var wrap uint8 = 1 << k
	var full uint64 = 1<<k - 1
	fmt.Println(wrap, full)
	shifts := map[uint]uint64{}
	for j := uint(0); j < 3; j++ {
		shifts[j] = 1 << (j * 20)
	}
	fmt.Println(shifts[0], shifts[1], shifts[2])
	var iface fmt.Stringer
	_ = iface
	type T struct{ bits uint32 }
	t := T{bits: 1 << n}
	ts := []T{{1 << (n + 1)}}
	fmt.Println(t, ts)
}
