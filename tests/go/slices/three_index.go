// run
package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5}
	b := a[1:3:4]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(a)
	b = append(b, 200)
	b[0] = -1
	fmt.Println(a, b)
	arr := [5]int{1, 2, 3, 4, 5}
	c := arr[:2:2]
	c = append(c, 9)
	fmt.Println(arr, c, cap(arr[2:]), cap(arr[2:3:3]))
}
