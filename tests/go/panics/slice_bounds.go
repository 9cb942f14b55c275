// run exit=2
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 6
	fmt.Println(len(s[:5]))
	fmt.Println(s[:hi])
}
