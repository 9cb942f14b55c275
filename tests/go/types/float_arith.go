// run
package main

import (
	"fmt"
	"math"
)

func main() {
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Sqrt(2), math.Abs(-3.2))
	fmt.Println(7.0/2, -7.0/2)
	var f32 float32 = 0.1
	var sum float32
	for i := 0; i < 10; i++ {
		sum += f32
	}
	fmt.Println(sum)
	var s64 float64
	for i := 0; i < 10; i++ {
		s64 += 0.1
	}
	fmt.Println(s64)
}
