// run exit=2
package main

type Code int

func main() {
	panic(Code(7))
}
