// run

// The builtin println prints floats with the runtime's own printfloat: 7 digits after
// repeated division by 10 and a rounding half-unit added in floating point, so the last
// digit can differ from correct rounding (-1.278141e+006 below, where %e says -1.278142e+06).
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	for _, f := range []float64{-1278141.5, 0, math.Copysign(0, -1), 1.5, 123456789, 1e-300,
		5e-324, math.MaxFloat64, 0.1, 2.0 / 3, 9.9999999, 99999995, 1e100, -7.25e-10} {
		println(f)
	}
	fmt.Printf("%e\n", -1278141.5)
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 300; i++ {
		f := math.Float64frombits(uint64(r.Int63())<<1 ^ uint64(r.Int63()))
		g := (r.Float64() - 0.5) * math.Pow(10, float64(r.Intn(40)-20))
		println(f, g, float32(g))
	}
}
