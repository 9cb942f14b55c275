// run
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(255))
	fmt.Println(bits.Reverse8(1), bits.RotateLeft8(1, 3))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
}
