// run
package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	b = b[:cap(b)]
	fmt.Println(len(b))
	c := b[2:5]
	fmt.Println(len(c), cap(c))
	d := make([]string, 2)
	fmt.Printf("%q\n", d)
}
