// run
// 2-D slices: matrix multiply, transpose, identity, printing with widths, arrays of arrays.
package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) (Matrix, error) {
	if len(a[0]) != len(b) {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", len(a), len(a[0]), len(b), len(b[0]))
	}
	c := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c, nil
}

func (a Matrix) T() Matrix {
	t := New(len(a[0]), len(a))
	for i, row := range a {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			sb.WriteString(fmt.Sprintf("%7.2f", v))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	fmt.Print(a.T())
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	g2 := grid
	g2[1][1] = 100
	fmt.Println(grid[1], g2[1])
	id := New(3, 3)
	for i := range id {
		id[i][i] = 1
	}
	p, _ := id.Mul(Matrix{{1.5}, {-2.25}, {3}})
	fmt.Printf("%v", p)
	fmt.Println(len(p), cap(p[0]))
}
