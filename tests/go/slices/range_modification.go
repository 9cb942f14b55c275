// run
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	t := []int{1, 2, 3}
	for i := range t {
		t[i] *= 2
	}
	fmt.Println(t)
}
