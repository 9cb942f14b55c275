// run
// Found by the differential test: Go's math functions are its own algorithms (pure Go, or
// amd64 assembly), and minigo's (Rust's libm) differ from them in the last bit for some
// arguments. Each line prints the result bits for an argument where they differed.
// Known failure: matching needs ports of Go's implementations.

package main

import (
	"fmt"
	"math"
)

func main() {
	x := math.Float64frombits
	fmt.Println("Pow", math.Float64bits(math.Pow(x(4578284441287046788), 1.3)))
	fmt.Println("Log10", math.Float64bits(math.Log10(x(4578284441287046788))))
	fmt.Println("Asin", math.Float64bits(math.Asin(1/(x(4583712366907698209)+1))))
	fmt.Println("Cbrt", math.Float64bits(math.Cbrt(x(4590322637786630680))))
	fmt.Println("Sinh", math.Float64bits(math.Sinh(x(4593208811656730216)/1e5)))
	fmt.Println("Cos", math.Float64bits(math.Cos(x(4595417244888336251))))
	fmt.Println("Hypot", math.Float64bits(math.Hypot(x(4598125774756731162), 3)))
	fmt.Println("Sin", math.Float64bits(math.Sin(x(4606739757012840175))))
	fmt.Println("Tan", math.Float64bits(math.Tan(x(4606739757012840175))))
	fmt.Println("Log2", math.Float64bits(math.Log2(x(4612793225932641666))))
	fmt.Println("Atan", math.Float64bits(math.Atan(x(4614893994369663180))))
	fmt.Println("Atan2", math.Float64bits(math.Atan2(x(4614893994369663180), 2)))
	fmt.Println("Exp", math.Float64bits(math.Exp(x(4637454958672879504)/1000)))
	fmt.Println("Log", math.Float64bits(math.Log(x(4613569696703952663))))
	fmt.Println("Expm1", math.Float64bits(math.Expm1(x(4667848409913117588)/1e4)))
	fmt.Println("Log1p", math.Float64bits(math.Log1p(x(4611420544686207368))))
}
