// run
// Found by the differential test: a float32 exactly halfway between two shortest decimal
// candidates prints with Go's round-half-even digit (2.1601562); minigo printed 2.1601563.
// Fixed: ties take the even digit.

package main

import "fmt"

func main() {
	f := float32(2.16015625)
	fmt.Println(f, float32(553)/256)
	fmt.Printf("%v %g\n", f, f)
}
