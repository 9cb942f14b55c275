// run
package main

import "fmt"

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
		case 1, 2:
			fmt.Println("one or two")
		case 3:
			fmt.Println("three, falls")
			fallthrough
		case 4:
			fmt.Println("four (or from three)")
		default:
			fmt.Println("default", i)
		}
	}
	x := 15
	switch {
	case x > 10 && x < 20:
		fmt.Println("teens")
	case x > 5:
		fmt.Println("not reached")
	}
	switch y := x * 2; {
	case y > 20:
		fmt.Println("y big", y)
	}
	switch y := x % 4; y {
	case 3:
		fmt.Println("mod 3")
	}
	switch {
	}
	switch x {
	default:
		fmt.Println("only default")
	}
}
