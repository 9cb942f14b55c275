// errorcheck
package main

func F[X any](n int, x X) int { // ERROR col=8 "instantiation cycle"
	if n == 0 {
		return 0
	}
	return F(n-1, []X{x})
}

func main() {
	println(F(3, 1))
}
