// run
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	m[0.0] = 1
	m[math.Copysign(0, -1)] = 2
	fmt.Println(len(m), m[0])
	m[math.NaN()] = 3
	m[math.NaN()] = 4
	fmt.Println(len(m))
	_, ok := m[math.NaN()]
	fmt.Println(ok)
	b := map[bool]string{true: "yes", false: "no"}
	fmt.Println(b)
}
