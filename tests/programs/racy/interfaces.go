package main

import (
	"fmt"
	"sync"
)

type Shape interface{ Area() float64 }

type Square struct{ S float64 }
type Rect struct{ W, H float64 }
type Big struct {
	A, B, C, D, E float64
	Name        string
}

func (s Square) Area() float64 { return s.S * s.S }
func (r *Rect) Area() float64  { return r.W * r.H }
func (b Big) Area() float64    { return b.A + b.E }

// One goroutine stores values of different dynamic types in a shared interface variable
// while others type-switch on it and call its method.
func main() {
	var sh Shape = Square{1}
	var any interface{} = 1
	var wg sync.WaitGroup
	stop := false
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20000; i++ {
			switch i % 3 {
			case 0:
				sh = Square{2}
				any = "str"
			case 1:
				sh = &Rect{2, 3}
				any = 3.5
			default:
				sh = Big{A: 1, E: 2, Name: "b"}
				any = []int{1, 2}
			}
		}
		stop = true
	}()
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20000 && !stop; i++ {
				a := sh.Area()
				if a != 4 && a != 6 && a != 3 && a != 1 {
					panic(fmt.Sprint("torn interface: area ", a))
				}
				switch v := any.(type) {
				case string:
					_ = len(v)
				case float64:
					_ = v + 1
				case []int:
					_ = v[1]
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
