// run
package main

import (
	"fmt"
	"strconv"
)

func grade(n int) string {
	if n >= 90 {
		return "A"
	} else if n >= 80 {
		return "B"
	} else if n >= 70 {
		return "C"
	} else {
		return "F"
	}
}

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	if v, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("error", err)
	}
	if v, err := strconv.Atoi("x"); err != nil {
		fmt.Println("error:", err, v)
	}
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
}
