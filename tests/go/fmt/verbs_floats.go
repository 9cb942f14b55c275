// run
package main

import (
	"fmt"
	"math"
)

func main() {
	f := 1234.5678
	fmt.Printf("%f|%.2f|%8.2f|%-8.2f|%08.2f|%+.1f\n", f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.3e|%g|%G|%.3g\n", f, f, f, f, f, f)
	fmt.Printf("%g %g %g %g %g\n", 0.000001234, 1e21, 100000.0, 1e-7, 123456789.0)
	fmt.Printf("%v %v %v\n", float32(0.1), 1e6, 1e-5)
	fmt.Printf("%f %f %f\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%5.1f|%-7.3f|%7.3f\n", -2.25, 3.14159, 2.0)
	fmt.Printf("%x %.2x\n", 1.5, 3.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.3v|%.10g|%#g\n", math.Pi, 1.0/3, 1.0)
}
