package main

import "fmt"

func main() {
	n := 41
	n++
	fmt.Println(n)
	fmt.Println(n)
	fmt.Println(n)
	fmt.Println(n)
	fmt.Println(n)
	fmt.Println(n)
	fmt.Println(n)
}
