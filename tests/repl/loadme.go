package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

var unit = Rect{1, 1}

func describe(s Shape) string { return fmt.Sprintf("area %.1f", s.Area()) }

func main() {
	fmt.Println("main must not run at :load")
}
