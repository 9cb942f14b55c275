// run exit=2
package main

func main() {
	x := 1
	panic(&x)
}
