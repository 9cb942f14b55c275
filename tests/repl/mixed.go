package main

import "fmt"

type Celsius float64

const factor = 1.8

// mixed.in: declarations and variables in one input.
func main() {
	var boiling Celsius = 100
	fmt.Println(boiling)
	var f = float64(boiling)*factor + 32
	fmt.Println(f)
	n := 3
	var a = make([]int, n)
	fmt.Println(len(a))
}
