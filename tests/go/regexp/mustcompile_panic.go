// run exit=2
package main

import (
	"fmt"
	"regexp"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		regexp.MustCompile("a\"b`(")
	}()
	regexp.MustCompile(`x(y`)
}
