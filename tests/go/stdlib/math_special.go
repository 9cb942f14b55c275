// run

// go1.19's special functions of package math: the special cases of every one (±0, ±Inf,
// NaN, negative integers, out-of-domain arguments), values of those that agree with Go
// bit for bit (Erfinv, Asinh, Atanh, Nextafter, Logb, Ilogb, Pow10, FMA), and the constants.
package main

import (
	"fmt"
	"math"
)

func p(name string, v float64) { fmt.Printf("%s %v %.17g %#x\n", name, v, v, math.Float64bits(v)) }

func main() {
	negZero := math.Copysign(0, -1)
	special := []float64{0, negZero, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range special {
		fmt.Println("x =", x)
		p("Erf", math.Erf(x))
		p("Erfc", math.Erfc(x))
		p("Erfinv", math.Erfinv(x))
		p("Erfcinv", math.Erfcinv(x))
		p("Gamma", math.Gamma(x))
		lg, s := math.Lgamma(x)
		fmt.Print("sign ", s, " ")
		p("Lgamma", lg)
		p("J0", math.J0(x))
		p("J1", math.J1(x))
		p("Y0", math.Y0(x))
		p("Y1", math.Y1(x))
		for _, n := range []int{-3, -1, 0, 1, 2} {
			p(fmt.Sprint("Jn", n), math.Jn(n, x))
			p(fmt.Sprint("Yn", n), math.Yn(n, x))
		}
		p("Acosh", math.Acosh(x))
		p("Logb", math.Logb(x))
		fmt.Println("Ilogb", math.Ilogb(x))
		p("Nextafter", math.Nextafter(x, 1))
		p("Nextafter32", float64(math.Nextafter32(float32(x), -1)))
	}
	xs := []float64{1e-310, 1e-20, 1e-9, 0.001, 0.1, 0.25, 0.5, 0.7, 0.84, 0.85, 0.86, 0.9, 0.99, 0.999999, 1.5, 3.7, 33.5, 1e10, 1e300, -0.1, -0.5, -0.9, -1.5, -10.3, -1e3}
	for _, x := range xs {
		fmt.Println("x =", x)
		p("Erfinv", math.Erfinv(x))
		p("Erfcinv", math.Erfcinv(x))
		p("Asinh", math.Asinh(x))
		p("Atanh", math.Atanh(x))
		p("Logb", math.Logb(x))
		fmt.Println("Ilogb", math.Ilogb(x))
		p("Nextafter", math.Nextafter(x, math.Inf(1)))
		p("Nextafter", math.Nextafter(x, math.Inf(-1)))
		fmt.Println("Nextafter32", math.Nextafter32(float32(x), 1), math.Nextafter32(float32(x), -1))
		p("FMA", math.FMA(x, 3.3, 1e-17))
	}
	for _, x := range []float64{0.5, 1.5, 2.5, 4.25, 7, 10, 20.3, -0.5, -1.5, -1, -2, -1e300} {
		p(fmt.Sprint("Gamma ", x), math.Gamma(x))
		lg, s := math.Lgamma(x)
		fmt.Print("sign ", s, " ")
		p(fmt.Sprint("Lgamma ", x), lg)
		p(fmt.Sprint("Acosh ", x), math.Acosh(x))
	}
	for _, n := range []int{-400, -324, -323, -320, -300, -100, -33, -32, -31, -1, 0, 1, 22, 23, 31, 32, 33, 100, 200, 300, 308, 309} {
		p(fmt.Sprint("Pow10 ", n), math.Pow10(n))
	}
	fmt.Println(math.Phi, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.SmallestNonzeroFloat32, math.MaxFloat32, math.Float64bits(math.NaN()))
}
