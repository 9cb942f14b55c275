// run
package main

import "fmt"

func main() {
	fmt.Println(1.5, .5, 1., 1e3, 1E-3, 6.02214076e23, 1_000.000_1)
	fmt.Println(0x1p-2, 0x1.8p1, 0X.8p0, 0x1P+10, 0x_1p4, 0x1.fffffffffffffp1023)
	fmt.Println(0., 00.5, 010.5, 1e+0)
	fmt.Println(3.14159265358979323846264338327950288419716939937510582097494459)
}
