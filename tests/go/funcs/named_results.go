// run
package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func shadow() (n int) {
	n = 5
	{
		n := 10
		_ = n
	}
	return
}

func explicit() (a, b string) {
	a = "ignored"
	return "x", "y"
}

func zero() (i int, s string, p *int, e error) { return }

func main() {
	fmt.Println(split(17))
	fmt.Println(shadow())
	fmt.Println(explicit())
	fmt.Println(zero())
}
