// errorcheck
package main

func main() {
	a := 1
	b := a + ) 2 // ERROR col=11 "syntax error: unexpected \), expecting expression"
	_ = b
}
