// errorcheck
// A 3-index slice needs its middle and final indices: gc's messages at the second colon and
// at the closing bracket (both on one line when both are missing).
package main

func main() {
	a := []int{1, 2, 3}
	m := 1
	_ = a[m::3]  // ERROR col=10 "middle index required in 3-index slice"
	_ = a[::]    // ERROR col=9 "middle index required in 3-index slice" "final index required in 3-index slice"
	_ = a[1:2:]  // ERROR col=12 "final index required in 3-index slice"
	_ = a[:m:3]
}
