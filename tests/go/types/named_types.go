// run
package main

import "fmt"

type Meters int
type Feet int
type IntSlice []int
type Pair struct{ A, B int }
type PairAlias = Pair

func (m Meters) ToFeet() Feet { return Feet(float64(m) * 3.28084) }

func main() {
	m := Meters(10)
	fmt.Println(m, m.ToFeet())
	fmt.Printf("%T %T\n", m, m.ToFeet())
	s := IntSlice{1, 2}
	s = append(s, 3)
	fmt.Printf("%v %T %d\n", s, s, len(s))
	var p PairAlias = Pair{1, 2}
	fmt.Printf("%T %v\n", p, p)
	var i int = int(m)
	fmt.Println(i + 1)
}
