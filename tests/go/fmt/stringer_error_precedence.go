// run
package main

import (
	"errors"
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type E struct{}

func (E) Error() string { return "E-error" }

type Wrapper struct {
	Val V
	Err error
	Ptr *V
}

func main() {
	fmt.Println(V{1}, &V{2}, []V{{3}, {4}})
	fmt.Printf("%v %s %d %+v %#v\n", V{5}, V{6}, V{7}, V{8}, V{9})
	fmt.Println(Wrapper{V{1}, E{}, &V{2}})
	fmt.Printf("%+v\n", Wrapper{V{1}, errors.New("e"), nil})
	fmt.Println(map[V]int{{2}: 1, {1}: 2})
	fmt.Printf("%x %X\n", V{10}, E{})
	fmt.Printf("%q\n", V{11})
}
