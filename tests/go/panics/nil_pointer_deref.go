// run exit=2
package main

import "fmt"

type T struct{ X int }

func main() {
	var p *T
	fmt.Println("start")
	fmt.Println(p.X)
}
