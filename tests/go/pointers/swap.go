// run
package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	x, y = y, x
	fmt.Println(x, y)
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
}
