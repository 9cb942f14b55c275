// run
package main

import "fmt"

type Named interface{ Name() string }
type T struct{}

func (T) Name() string { return "T" }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	fmt.Println(i.(int) + 1)
	i = T{}
	nm, ok := i.(Named)
	fmt.Println(nm.Name(), ok)
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
}
