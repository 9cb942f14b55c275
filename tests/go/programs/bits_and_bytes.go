// run
// Bit manipulation: math/bits, masks, shifts of signed values, byte order by hand, hex dumps.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

func hexdump(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); i += 8 {
		end := i + 8
		if end > len(b) {
			end = len(b)
		}
		fmt.Fprintf(&sb, "%04x  % x", i, b[i:end])
		sb.WriteString(strings.Repeat("   ", 8-(end-i)))
		sb.WriteString("  |")
		for _, c := range b[i:end] {
			if c >= 32 && c < 127 {
				sb.WriteByte(c)
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteString("|\n")
	}
	return sb.String()
}

func putUint32LE(b []byte, v uint32) {
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func main() {
	for _, x := range []uint{0, 1, 255, 1 << 40, 0xdeadbeef} {
		fmt.Println(x, bits.OnesCount(x), bits.LeadingZeros64(uint64(x)), bits.TrailingZeros(x), bits.Len(x))
	}
	fmt.Println(bits.Reverse8(0b00010110), bits.RotateLeft32(1, -1), bits.ReverseBytes16(0x1234) == 0x3412)
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(hi, lo, sum, carry)
	var x int8 = -128
	fmt.Println(x>>1, x>>7, uint8(x), -x, x/-1)
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 9
	flags &^= 1 << 3
	fmt.Printf("%016b %d %t\n", flags, flags, flags&(1<<9) != 0)
	b := make([]byte, 4)
	putUint32LE(b, 0xCAFEBABE)
	fmt.Printf("% X\n", b)
	data := []byte("Hello, Gophers!\x00\x01\xff")
	fmt.Print(hexdump(data))
	n := -17
	fmt.Println(n>>1, n/2, n%5, -n%5, uint32(n))
	var shift uint = 70
	fmt.Println(1<<(shift%64), int64(1)<<62, uint64(1)<<shift)
}
