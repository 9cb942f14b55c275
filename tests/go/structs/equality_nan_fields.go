// run
// Found by the differential test: a struct (or array) with a NaN field is unequal to itself;
// == took a shortcut when both sides were the same object.

package main

import (
	"fmt"
	"math"
)

type S struct {
	f float32
	g float64
}

type T struct {
	s S
	a [2]float64
}

func main() {
	nan := math.NaN()
	s := S{float32(nan), 1}
	fmt.Println(s == s, s != s)
	t := T{a: [2]float64{nan, 0}}
	fmt.Println(t == t, t.a == t.a)
	z := S{f: float32(math.Copysign(0, -1))}
	fmt.Println(z == S{}, [1]float64{math.Copysign(0, -1)} == [1]float64{0})
	var i, j interface{} = nan, nan
	fmt.Println(i == j, i == i)
	var k, l interface{} = s, s
	fmt.Println(k == l)
	m := map[S]int{}
	m[s] = 1
	m[s] = 2
	fmt.Println(len(m))
	mi := map[interface{}]int{}
	mi[nan] = 1
	mi[nan] = 2
	fmt.Println(len(mi))
}
