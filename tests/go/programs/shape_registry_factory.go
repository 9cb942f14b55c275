// run
// Factory pattern with a registry map of constructors, interface embedding, and %T/%v reporting.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Scalable interface {
	Shape
	Scale(f float64) Shape
}

type Square struct{ Side float64 }
type Circle struct{ Radius float64 }
type Poly struct {
	Sides int
	Len   float64
}

func (s Square) Area() float64           { return s.Side * s.Side }
func (s Square) Name() string            { return "square" }
func (s Square) Scale(f float64) Shape   { return Square{s.Side * f} }
func (c Circle) Area() float64           { return math.Pi * c.Radius * c.Radius }
func (c Circle) Name() string            { return "circle" }
func (p *Poly) Area() float64 {
	return float64(p.Sides) * p.Len * p.Len / (4 * math.Tan(math.Pi/float64(p.Sides)))
}
func (p *Poly) Name() string { return fmt.Sprintf("%d-gon", p.Sides) }

var registry = map[string]func(args ...float64) (Shape, error){
	"square": func(a ...float64) (Shape, error) {
		if len(a) != 1 {
			return nil, fmt.Errorf("square needs 1 arg, got %d", len(a))
		}
		return Square{a[0]}, nil
	},
	"circle": func(a ...float64) (Shape, error) {
		if len(a) != 1 || a[0] < 0 {
			return nil, fmt.Errorf("bad circle %v", a)
		}
		return Circle{a[0]}, nil
	},
	"poly": func(a ...float64) (Shape, error) {
		if len(a) != 2 {
			return nil, fmt.Errorf("poly needs sides and length")
		}
		return &Poly{int(a[0]), a[1]}, nil
	},
}

func main() {
	kinds := make([]string, 0, len(registry))
	for k := range registry {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	fmt.Println("kinds:", strings.Join(kinds, ", "))
	reqs := []struct {
		kind string
		args []float64
	}{{"square", []float64{3}}, {"circle", []float64{-1}}, {"poly", []float64{6, 2}}, {"hexagon", nil}, {"circle", []float64{2}}, {"square", nil}}
	var shapes []Shape
	for _, r := range reqs {
		ctor, ok := registry[r.kind]
		if !ok {
			fmt.Printf("unknown kind %q\n", r.kind)
			continue
		}
		s, err := ctor(r.args...)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		shapes = append(shapes, s)
	}
	for _, s := range shapes {
		fmt.Printf("%-8s %-12T area=%.3f", s.Name(), s, s.Area())
		if sc, ok := s.(Scalable); ok {
			fmt.Printf(" scaled=%v", sc.Scale(2))
		}
		fmt.Println()
	}
	fmt.Printf("%v %+v\n", shapes[0], shapes[len(shapes)-1])
}
