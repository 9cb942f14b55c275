// run
package main

import "fmt"

func f() int { return 3 }

var limit = 2

func classify(v int) string {
	switch x := v * 2; {
	case x > 10:
		return "huge"
	case x > limit:
		return "big"
	default:
		return "small"
	}
}

func main() {
	switch x := f(); {
	case x > 1:
		fmt.Println("big", x)
		fallthrough
	case x > 100:
		fmt.Println("fell through", x)
	default:
		fmt.Println("small")
	}
	switch y := 0; {
	case y > 1:
		fmt.Println("no")
	}
	for i := 0; i < 4; i++ {
		switch sq := i * i; {
		case sq%2 == 0:
			fmt.Println(i, "even square", sq)
			continue
		}
		fmt.Println(i, "odd")
	}
	fmt.Println(classify(0), classify(2), classify(9))
	m := map[string]int{"a": 1}
	switch v, ok := m["a"]; {
	case ok && v == 1:
		fmt.Println("found one")
	}
}
