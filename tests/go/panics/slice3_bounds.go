// run exit=2
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	m := 5
	fmt.Println(s[0:1:m])
}
