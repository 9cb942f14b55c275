// run exit=2
package main

import "fmt"

func main() {
	s := "abc"
	n := 3
	fmt.Println(s[n])
}
