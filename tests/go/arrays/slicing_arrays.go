// run
package main

import "fmt"

func main() {
	arr := [5]int{0, 1, 2, 3, 4}
	s := arr[1:4]
	s[0] = 10
	fmt.Println(arr, s, len(s), cap(s))
	s = append(s, 40)
	fmt.Println(arr, s)
	s = append(s, 50)
	s[0] = -1
	fmt.Println(arr, s)
}
