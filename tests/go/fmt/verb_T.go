// run
package main

import (
	"errors"
	"fmt"
)

type T struct{}
type I interface{ M() }

func (T) M() {}

func main() {
	var i I = T{}
	var e error = errors.New("x")
	ch := make(chan<- int)
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 1.5, 'r', true)
	fmt.Printf("%T %T %T %T\n", []int{}, map[string][]bool{}, [3]*int{}, &T{})
	fmt.Printf("%T %T %T %T\n", i, e, ch, make(<-chan string))
	fmt.Printf("%T %T %T\n", func(int, ...string) (bool, error) { return false, nil }, nil, struct {
		A int
		b string
	}{})
	fmt.Printf("%T %T\n", complex64(1), []interface{}{1})
	var ifs []fmt.Stringer
	fmt.Printf("%T\n", ifs)
}
