// errorcheck
package main

func main() {
	s := "12"
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
}
