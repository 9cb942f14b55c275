// run
// Control flow: labeled break/continue, goto, switch fallthrough, shadowing in if/switch scopes.
package main

import (
	"errors"
	"fmt"
)

func find(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func retry() (attempts int) {
again:
	attempts++
	if attempts < 3 {
		goto again
	}
	return
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		fallthrough
	case score >= 75:
		return "B-ish"
	default:
		return "C"
	}
}

func main() {
	grid := [][]int{{1, 2, -1, 9}, {4, 5, 6}, {7, 200, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 9))
	fmt.Println(retry())
	for _, s := range []int{95, 85, 77, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
		x := "shadow"
		fmt.Println(x)
	}
	fmt.Println("outer x", x)
	err := errors.New("outer")
	if true {
		_, err := fmt.Println("printing")
		_ = err
	}
	fmt.Println(err)
	switch y := x * 10; {
	case y > 5:
		fmt.Println("big", y)
	}
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				break
			}
			if i == 1 {
				continue
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
}
