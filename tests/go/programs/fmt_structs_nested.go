// run
// fmt of nested and embedded structs, nil slices/maps/pointers/errors inside structs, %#v of named types.
package main

import (
	"errors"
	"fmt"
)

type Meta struct {
	Tags  []string
	Attrs map[string]int
}

type Base struct {
	ID int
}

type Doc struct {
	Base
	Meta
	Title  string
	Err    error
	Next   *Doc
	Scores [3]float64
	Any    interface{}
	Fn     func()
	Ch     chan int
}

type Celsius float64
type Names []string

func main() {
	d := Doc{Base: Base{7}, Title: "hello", Scores: [3]float64{1.5, 2}, Any: 42}
	fmt.Printf("%v\n%+v\n", d, d)
	d.Err = errors.New("broken")
	d.Tags = []string{"a", "b"}
	d.Attrs = map[string]int{"z": 1, "a": 2}
	d.Any = Celsius(21.5)
	fmt.Printf("%v\n%+v\n", d, d)
	fmt.Printf("%#v\n", Meta{})
	fmt.Printf("%#v\n", Meta{Tags: []string{}, Attrs: map[string]int{}})
	fmt.Printf("%#v %#v %#v\n", Celsius(3), Names{"x"}, Base{1})
	fmt.Printf("%#v %#v %#v %#v\n", []interface{}{1, "a", nil}, [2]bool{}, struct{ A, B int }{1, 2}, &Base{2} == nil)
	fmt.Printf("%v %+v\n", []*Base{nil}, map[string]*Base{"k": nil})
	fmt.Printf("%v|%s|%d\n", []error{nil, errors.New("e")}, []string{"q"}, []int32{1, -1})
	fmt.Printf("%T %T %T %T\n", d, &d, d.Fn, d.Ch)
	fmt.Printf("%x %X %o\n", []int{10, 255}, [2]uint8{171, 205}, []int{8, 9})
	fmt.Printf("%5.1f|%-6v|%6v|%q\n", []float64{1, 2.25}, []int{1}, "ab", []string{"x y", "z"})
	fmt.Printf("%08.3f|%+.2e|%x|%X\n", -3.14159, 12345.678, 3.5, "héllo")
	type pair struct {
		k string
		v *int
	}
	n := 5
	p := pair{"n", &n}
	fmt.Println(p.k, *p.v, p.v != nil)
	var np *Doc
	fmt.Printf("%v %+v %s\n", np, np, np)
	fmt.Println(fmt.Sprintf("%6.2f%%|%-8s|%8s|", 12.3456, "left", "right"))
	fmt.Printf("%3c|%-4q|%U|%#U\n", 'x', 'y', 0x1F600, 'ä')
	fmt.Printf("%t %v %08b %o %#o %#b\n", false, true, 5, 64, 64, 5)
	fmt.Printf("%.3s|%.10s|%5.2s|\n", "abcdef", "ab", "xyz")
	fmt.Printf("%+q %#q %# x\n", "é\n", "back`tick", "ab")
}
