// run
package main

/* block comment
   spanning lines */

import "fmt" // trailing

func main() {
	x := 1 /* inline */ + 2
	fmt.Println(x) /* before newline */
	y := 3 /* a block comment with
	a newline acts like a newline */
	fmt.Println(y)
	// fmt.Println("commented out")
	fmt.Println("/* not a comment */", "// nor this")
}
