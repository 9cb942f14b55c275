package main

import (
	"fmt"
	"strconv"
	"strings"
)

type T int

func double(v T) T { return v * 2 }

func main() {
	n := 1
	n += 5
	fmt.Println(n)
	t := T(3)
	fmt.Println(t)
	fmt.Println(double(t))
	var (
		a, b = 1, "two" // several specs, one input
		c    float64
	)
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(c)
	x, err := strconv.Atoi("12x")
	fmt.Println(x)
	fmt.Println(err)
	fmt.Println(strings.ToUpper("imported"))
}
