// run
package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100), uint8(f))
	i := 7
	fmt.Println(float64(i)/2, float32(i)/3)
	big := 1e10
	fmt.Println(int64(big), int32(int64(big)))
	var i8 int8 = int8(int(300) - 256)
	fmt.Println(i8)
	n := 300
	fmt.Println(uint8(n), int8(n), uint16(-n), int32(int64(n)<<40+5))
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32))
	fmt.Println(float32(0.1), float64(float32(0.1)))
}
