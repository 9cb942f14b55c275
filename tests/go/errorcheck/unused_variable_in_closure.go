// errorcheck
package main

func main() {
	f := func() {
		y := 2 // ERROR "y declared but not used|declared and not used: y"
	}
	f()
	var z int // ERROR "z declared but not used|declared and not used: z"
}
