// run
package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota + 10
	c, d
	e, f = "e", iota
	g, h
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f, g, h)
}
