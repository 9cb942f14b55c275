// run exit=2
package main

func main() {
	s := []int{1, 2}
	_ = (*[4]int)(s)
}
