// errorcheck
package main

func main() {
	m := map[[]int]string{} // ERROR "invalid map key type \[\]int"
	_ = m
}
