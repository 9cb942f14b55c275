// run exit=2
package main

func main() {
	panic(true)
}
