// run exit=2
package main

func main() {
	panic([]int{1})
}
