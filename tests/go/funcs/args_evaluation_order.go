// run
package main

import "fmt"

var trace []string

func t(name string, v int) int { trace = append(trace, name); return v }

func f(a, b, c int) int { return a + b + c }

func main() {
	r := f(t("a", 1), t("b", 2), t("c", 3))
	fmt.Println(r, trace)
	trace = nil
	m := map[int]int{t("k1", 1): t("v1", 10), t("k2", 2): t("v2", 20)}
	fmt.Println(len(m), trace)
	trace = nil
	s := []int{t("x", 1), t("y", 2)}
	_ = s
	x := t("l", 1) + t("r", 2)*t("m", 3)
	fmt.Println(x, trace)
}
