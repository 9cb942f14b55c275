// run
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	n := -1
	big := 1 << 62
	try(func() { _ = make([]int, n) })
	try(func() { _ = make([]int, big) })
	try(func() { _ = make([]int, 1, n) })
	try(func() { _ = make([]byte, big) })
	try(func() { _ = make(chan int, n) })
	try(func() { _ = make(chan int, big) })
	try(func() { _ = make(map[int]int, n) })
	try(func() { s := make([]int, 0); _ = append(s, make([]int, 10)...) })
	try(func() { _ = make([]struct{ a, b, c int }, big/8) })
}
