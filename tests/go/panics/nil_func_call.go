// run exit=2
package main

func main() {
	var f func()
	f()
}
