// run
package main

import "fmt"

type P struct {
	X, Y int
	S    string
	L    []string
	M    map[string]bool
	I    interface{}
}

type Named int

func main() {
	fmt.Printf("%#v\n", P{1, 2, "s", []string{"a"}, map[string]bool{"t": true}, 3})
	fmt.Printf("%#v\n", P{})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 1.5, true)
	fmt.Printf("%#v %#v\n", []int{1}, [2]bool{})
	fmt.Printf("%#v %#v\n", Named(3), struct{ A int }{1})
	fmt.Printf("%#v %#v\n", uint8(7), 'x')
	var ip *int
	fmt.Printf("%#v %#v\n", ip, []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", map[int]string{2: "b", 1: "a"})
	fmt.Printf("%#v %#v\n", float32(2), 1e21)
}
