// run go1.22
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	var k int64 = 2
	for i := range k {
		fmt.Printf("%T %d\n", i, i)
	}
}
