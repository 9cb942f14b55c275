// run
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1.0, 0.1, 1.0/3.0, 2.0/3.0, 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Println(float32(1.0)/3, float32(0.1), float32(1e20), float32(16777216))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Println(100000000000000000000.0, 1e100, 5e-324, math.MaxFloat64)
	fmt.Println(3.0, 2.5e-10, 12345.678)
	var x float64 = 0.1 + 0.2
	fmt.Println(x, x == 0.3)
	fmt.Print(1.5, 2.0, "\n")
	fmt.Println(float32(3.4028235e38), math.SmallestNonzeroFloat64)
}
