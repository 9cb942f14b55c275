// run
package main

import "fmt"

func main() {
	c := 3 + 4i
	fmt.Println(c, real(c), imag(c), 0i, 1e2i, 0x10i == 16i)
	fmt.Println(c * c)
	var d complex128 = complex(1, -2)
	fmt.Printf("%v %.2f\n", d, d)
}
