// run exit=2
package main

type E string

func main() {
	panic(E("x"))
}
