// run
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Floor(1.7), math.Ceil(1.2), math.Trunc(-1.7), math.Round(1.5), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-2), math.Mod(10, 3), math.Hypot(3, 4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(1))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint8, math.MaxInt)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fi, fr := math.Modf(3.75)
	fmt.Println(fi, fr)
}
