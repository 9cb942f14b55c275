// run
package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}} {
		fmt.Println(p[0]/p[1], p[0]%p[1])
	}
	var m int64 = -9223372036854775808
	var neg int64 = -1
	fmt.Println(m/neg, m%neg)
	var u uint32 = 10
	fmt.Println(u/3, u%3)
}
