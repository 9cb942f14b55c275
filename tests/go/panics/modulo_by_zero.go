// run exit=2
package main

func main() {
	var a, b int8 = 5, 0
	println(a % b)
}
