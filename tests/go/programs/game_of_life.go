// run
// Conway's Game of Life on a small torus for a few generations (glider and blinker).
package main

import (
	"fmt"
	"strings"
)

type Field struct {
	s    [][]bool
	w, h int
}

func NewField(w, h int) *Field {
	s := make([][]bool, h)
	for i := range s {
		s[i] = make([]bool, w)
	}
	return &Field{s: s, w: w, h: h}
}

func (f *Field) Set(x, y int, b bool) { f.s[y][x] = b }

func (f *Field) Alive(x, y int) bool {
	x += f.w
	x %= f.w
	y += f.h
	y %= f.h
	return f.s[y][x]
}

func (f *Field) Next(x, y int) bool {
	alive := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.Alive(x+i, y+j) {
				alive++
			}
		}
	}
	return alive == 3 || alive == 2 && f.Alive(x, y)
}

type Life struct {
	a, b *Field
	w, h int
}

func (l *Life) Step() {
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			l.b.Set(x, y, l.a.Next(x, y))
		}
	}
	l.a, l.b = l.b, l.a
}

func (l *Life) String() string {
	var buf strings.Builder
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			b := byte('.')
			if l.a.Alive(x, y) {
				b = '#'
			}
			buf.WriteByte(b)
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func (l *Life) Population() int {
	n := 0
	for _, row := range l.a.s {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	l := &Life{a: NewField(10, 8), b: NewField(10, 8), w: 10, h: 8}
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}, {6, 5}, {7, 5}, {8, 5}} {
		l.a.Set(p[0], p[1], true)
	}
	for gen := 0; gen < 5; gen++ {
		fmt.Printf("gen %d pop %d\n%v", gen, l.Population(), l)
		l.Step()
	}
	for i := 0; i < 30; i++ {
		l.Step()
	}
	fmt.Printf("gen 35 pop %d\n%s", l.Population(), l)
}
