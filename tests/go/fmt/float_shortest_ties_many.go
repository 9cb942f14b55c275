// run
// Shortest formatting of values lying exactly halfway between two shortest decimal
// candidates takes the even digit, as Go's Ryu does (Rust's formatting rounds up): dyadic
// float32 and float64 values k/2^m, with %v, 'g' and 'e' -1 and 'f' -1; a hash of 40,000
// formatted values and the first ties in full. Also integer → float32 conversions round once.

package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := uint64(88172645463325252)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	h := uint64(14695981039346656037)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
	}
	shown := 0
	for i := 0; i < 10000; i++ {
		k := next() % (1 << 24)
		m := int(next() % 60)
		f := float32(math.Ldexp(float64(k), -m))
		a := fmt.Sprint(f)
		b := strconv.FormatFloat(float64(f), 'e', -1, 32)
		add(a)
		add(b)
		k2 := next() % (1 << 53)
		m2 := int(next()%80) - 10
		g := math.Ldexp(float64(k2), -m2)
		c := fmt.Sprint(g)
		add(c)
		add(strconv.FormatFloat(g, 'f', -1, 64))
		if shown < 12 && a != fmt.Sprint(float64(f)) && len(a) > 6 {
			fmt.Println(a, b)
			shown++
		}
	}
	fmt.Println("hash", h)
	fmt.Println(float32(2.16015625), float32(553)/256, float32(1)/3)
	for _, v := range []uint64{1814878565867207581, 0x8000008000000001, 1<<63 + 1<<39 + 1} {
		fmt.Println(float32(v), -float32(v), float32(int64(v)))
	}
	const big = 9007199791611905
	var c32 float32 = big
	fmt.Println(c32, float32(0x4000004000000001), float32(int64(-9007199791611905)))
}
