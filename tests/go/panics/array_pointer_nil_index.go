// run exit=2
package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p))
	p[1] = 5
}
