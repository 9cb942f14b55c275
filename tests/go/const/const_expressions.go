// run
package main

import (
	"fmt"
	"math"
)

const (
	KiB = 1024
	MiB = KiB * KiB
	mask = ^uint32(0)
	neg = -1 << 3
	shr = -16 >> 2
	rem = -7 % 3
	quo = -7 / 2
)

func main() {
	fmt.Println(KiB, MiB, mask, neg, shr, rem, quo)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16)
	var m uint64 = math.MaxUint64
	fmt.Println(m)
	fmt.Println(math.Pi)
	const x = 'x'
	fmt.Println(x, string(x))
}
