// run
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 10
	fmt.Println(s, *p, len(p))
	q := (*[4]int)(s)
	q[3] = 40
	fmt.Println(s)
}
