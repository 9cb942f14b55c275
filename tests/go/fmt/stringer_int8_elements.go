// run
// Found by the differential test: fmt calls String() on int8 elements of slices and arrays
// with the sign-extended value (it passed the packed byte, #253 for -3).

package main

import "fmt"

type Count int8

func (c Count) String() string { return fmt.Sprintf("#%d", int64(c)) }

type U uint16

func (u U) String() string { return fmt.Sprint("u", uint64(u)) }

func main() {
	c := Count(-3)
	fmt.Println(c, []Count{c, c - 1}, [2]Count{c}, map[Count]Count{c: c})
	var e interface{} = []Count{-1}
	fmt.Println(e)
	fmt.Println([]U{65535}, struct{ X Count }{-2})
	fmt.Printf("%v %s %d\n", []Count{-5}, []Count{-6}, []Count{-7})
}
