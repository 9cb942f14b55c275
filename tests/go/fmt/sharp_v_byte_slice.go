// run
// Found by the differential test: %#v names a []byte operand "[]byte" (fmt's printArg
// case), a nested one "[]uint8" (reflection).

package main

import "fmt"

type B []byte

func main() {
	b := []byte{1, 2}
	fmt.Printf("%#v\n", b)
	fmt.Printf("%#v\n", []uint8{3})
	fmt.Printf("%#v\n", [2]uint8{4, 5})
	fmt.Printf("%#v\n", [][]byte{{6}})
	fmt.Printf("%#v\n", struct{ X []byte }{[]byte{7}})
	fmt.Printf("%#v\n", map[string][]byte{"k": {8}})
	fmt.Printf("%#v\n", B{9})
	var n []byte
	fmt.Printf("%#v %#v\n", n, [][]byte{nil})
	var e interface{} = []byte{10}
	fmt.Printf("%#v %v %d %x\n", e, b, b, b)
}
