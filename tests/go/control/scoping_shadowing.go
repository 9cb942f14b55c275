// run
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	{
		x := "block"
		fmt.Println(x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("loop", x)
	}
	if x := 3.5; x > 0 {
		fmt.Println("if", x)
	}
	switch x := true; x {
	case true:
		fmt.Println("switch", x)
	}
	fmt.Println(x)
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
}
