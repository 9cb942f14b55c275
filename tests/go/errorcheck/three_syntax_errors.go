// errorcheck
package main

func main() {
	a := [2]int{1 2} // ERROR "syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"
	_ = a
}

func f() {
	var = 5 // ERROR "syntax error: unexpected =, expecting name"
}

func g() {
	if { // ERROR "missing condition in if statement"
	}
}
