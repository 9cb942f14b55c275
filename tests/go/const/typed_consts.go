// run
package main

import "fmt"

type Celsius float64
type Name string

const Boiling Celsius = 100
const Me Name = "gopher"
const MaxU8 uint8 = 255
const MinI8 int8 = -128

func main() {
	fmt.Println(Boiling, Me, MaxU8, MinI8)
	fmt.Printf("%T %T %T %T\n", Boiling, Me, MaxU8, MinI8)
	var c Celsius = Boiling / 2
	fmt.Println(c)
	x := MaxU8
	x++
	fmt.Println(x)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const b = len("hello") > 3
	fmt.Println(b)
}
