// run
package main

import "fmt"

func f() (int, int) {
	return 1,
		2
}

func g(
	a int,
	b int,
) int {
	return a +
		b
}

func main() {
	x := []int{
		1,
		2,
	}
	y := x[1]
	y++
	fmt.Println(x, y, g(1, 2))
	a, b := f()
	fmt.Println(a, b)
	if y > 1 { fmt.Println("one-line if") }
	for i := 0; i < 2; i++ { fmt.Print(i) }
	fmt.Println()
	z := func() int { return 5 }()
	fmt.Println(z); fmt.Println("two statements")
	s := struct{ a, b int }{
		a: 1,
		b: 2}
	fmt.Println(s)
}
