// run
package main

import (
	"fmt"
	"math/cmplx"
)

func main() {
	a := complex(1, 2)
	b := 3 - 1i
	fmt.Println(a+b, a-b, a*b, a/b, a == b, a != b)
	var c64 complex64 = complex64(a)
	fmt.Printf("%T %v %T\n", c64, c64, real(c64))
	fmt.Println(cmplx.Abs(3 + 4i))
	fmt.Printf("%.3f %g\n", a, b)
}
