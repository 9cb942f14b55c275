// run exit=2
package main

func main() {
	var e interface{}
	_ = e.(string)
}
