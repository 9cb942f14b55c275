// errorcheck
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
}
