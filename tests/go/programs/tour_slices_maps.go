// run
// A Tour of Go exercises: Pic-like 2-D slice, WordCount, fibonacci closure, tic-tac-toe board, printSlice.
package main

import (
	"fmt"
	"strings"
)

func printSlice(s string, x []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", s, len(x), cap(x), x)
}

func Pic(dx, dy int) [][]uint8 {
	p := make([][]uint8, dy)
	for y := range p {
		p[y] = make([]uint8, dx)
		for x := range p[y] {
			p[y][x] = uint8((x ^ y) * (x + y))
		}
	}
	return p
}

func WordCount(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func main() {
	a := make([]int, 5)
	printSlice("a", a)
	b := make([]int, 0, 5)
	printSlice("b", b)
	c := b[:2]
	printSlice("c", c)
	d := c[2:5]
	printSlice("d", d)
	var s []int
	printSlice("s", s)
	s = append(s, 0)
	s = append(s, 1)
	s = append(s, 2, 3, 4)
	printSlice("s", s)
	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}
	pic := Pic(6, 4)
	for _, row := range pic {
		fmt.Println(row)
	}
	fmt.Println(WordCount("I am learning Go! Go is fun, I am sure"))
	type Vertex struct{ Lat, Long float64 }
	m := map[string]Vertex{
		"Bell Labs": {40.68433, -74.39967},
		"Google":    {37.42202, -122.08408},
	}
	fmt.Println(m)
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var sp []int = primes[1:4]
	fmt.Println(sp, primes[:], primes[4:], primes[:0])
	names := [4]string{"John", "Paul", "George", "Ringo"}
	x, y := names[0:2], names[1:3]
	y[0] = "XXX"
	fmt.Println(x, y, names)
	st := []struct {
		i int
		b bool
	}{{2, true}, {3, false}, {5, true}}
	fmt.Println(st)
	fmt.Printf("%v %+v\n", st[0], st[1])
}
