// run
package main

import "fmt"

func main() {
	var (
		b   bool
		i   int
		i8  int8
		i16 int16
		i32 int32
		i64 int64
		u   uint
		u8  uint8
		u16 uint16
		u32 uint32
		u64 uint64
		up  uintptr
		f32 float32
		f64 float64
		c64 complex64
		c128 complex128
		s   string
		by  byte
		r   rune
	)
	fmt.Println(b, i, i8, i16, i32, i64, u, u8, u16, u32, u64, up, f32, f64, c64, c128, s == "", by, r)
	fmt.Printf("%T %T %T %T %T %T\n", by, r, up, c64, f32, u)
}
