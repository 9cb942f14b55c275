// run
package main

import "fmt"

func f(x int) string {
	switch x {
	default:
		return "default"
	case 1:
		return "one"
	}
}

func main() {
	fmt.Println(f(1), f(2))
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			if i == 1 {
				break
			}
			fmt.Println("not printed")
		}
		fmt.Println("after switch", i)
	}
	calls := 0
	next := func() int { calls++; return calls }
	switch next() {
	case 5, next(), next():
		fmt.Println("matched, calls =", calls)
	}
}
