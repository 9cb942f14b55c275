// run
// Float-to-integer conversions of NaN, infinities and out-of-range values give what Go's
// amd64 code gives (the spec leaves them implementation-defined): MinInt64 from the 64-bit
// conversion, MinInt32 from the 32-bit one used for int32 and narrower types, uint64 via
// x - 2^63 with the top bit set, uint32 from the 64-bit signed conversion.

package main

import (
	"fmt"
	"math"
)

//go:noinline
func id(f float64) float64 { return f }

//go:noinline
func id32(f float32) float32 { return f }

func main() {
	vals := []float64{1e300, -1e300, math.NaN(), math.Inf(1), math.Inf(-1), 3e9, -3e9, 9.3e18, -9.3e18, 1.8e19, 2e19, 300, -300, 70000, -70000, 5e9, -1, -0.5, 4294967296, 2147483648, -2147483649, 1 << 63, 65536.7, 255.9, 256, -129}
	for _, v := range vals {
		f := id(v)
		g := id32(float32(v))
		fmt.Println(v, int64(f), uint64(f), int32(f), uint32(f), int16(f), uint16(f), int8(f), uint8(f), int(f), uint(f), uintptr(f))
		fmt.Println(" f32", int64(g), uint64(g), int32(g), uint32(g), int16(g), uint16(g), int8(g), uint8(g))
	}
}
