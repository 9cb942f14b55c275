// errorcheck
package main

const a = b // ERROR "initialization loop for a"
const b = a

const n = len([n]int{}) // ERROR "initialization loop for n"

const (
	x int = y * 2 // ERROR "initialization loop for x"
	y int = z + 1
	z     = x
)

const ok1 = ok2 + 1 // forward references without a loop are fine
const ok2 = 3

func main() {}
