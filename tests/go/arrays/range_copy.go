// run
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		a[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		b[2] = 100
		if i == 2 {
			fmt.Println("range over array pointer:", v)
		}
	}
	s := []int{1, 2, 3}
	for i, v := range s {
		s[2] = 100
		if i == 2 {
			fmt.Println("range over slice:", v)
		}
	}
}
