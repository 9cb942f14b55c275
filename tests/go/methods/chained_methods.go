// run
package main

import "fmt"

type Builder struct{ parts []string }

func (b *Builder) Add(s string) *Builder { b.parts = append(b.parts, s); return b }
func (b *Builder) Len() int             { return len(b.parts) }

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec        { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(f float64) Vec  { return Vec{v.X * f, v.Y * f} }

func main() {
	b := &Builder{}
	fmt.Println(b.Add("a").Add("b").Add("c").Len(), b.parts)
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v)
}
