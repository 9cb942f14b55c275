package main

import (
	"fmt"
	"runtime"
	"strings"
)

func build(n int) map[int]string {
	m := map[int]string{}
	for i := 0; i < n; i++ {
		m[i] = strings.Repeat("x", i%7)
		if i%500 == 0 {
			runtime.GC()
		}
	}
	return m
}

// gc.in: collections while an input's own values live only in its registers.
func main() {
	total := 0
	for r := 0; r < 20; r++ {
		parts := []string{}
		for i := 0; i < 3000; i++ {
			parts = append(parts, fmt.Sprint(i))
			if i%1000 == 0 {
				runtime.GC()
			}
		}
		total += len(strings.Join(parts, ","))
	}
	fmt.Println(total)
	m := build(5000)
	fmt.Println(len(m[4999]) + len(m))
}
