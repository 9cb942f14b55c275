// run
package main

import "fmt"

const third = 1.0 / 3
const exact = third * 3

func main() {
	fmt.Println(exact == 1, third)
	var i int = 7.0
	var f float32 = 1.0 / 3
	fmt.Println(i, f)
	const c = 5 / 2
	const d = 5.0 / 2
	fmt.Println(c, d)
	x := 10
	fmt.Println(x / 4, float64(x) / 4)
	const e = 'a' + 1
	fmt.Println(e, string(rune(e)))
	fmt.Printf("%T %T %T %T\n", c, d, e, 2i)
}
