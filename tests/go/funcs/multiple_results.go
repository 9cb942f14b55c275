// run
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }
func three() (string, int, bool) { return "s", 1, true }
func pass(a, b int) (int, int) { return divmod(a, b) }
func sum(a, b int) int         { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(three())
	fmt.Println(sum(pass(17, 5)))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
}
