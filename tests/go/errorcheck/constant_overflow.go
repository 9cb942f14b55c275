// errorcheck
package main

func main() {
	var x int8
	x = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	_ = x
	var u uint8 = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	_ = u
}
