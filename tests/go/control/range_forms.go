// run
package main

import "fmt"

func main() {
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	for k := range m {
		fmt.Println(k)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
	var i, v int
	for i, v = range []int{7, 8, 9} {
	}
	fmt.Println(i, v)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[i] *= 2
	}
	fmt.Println(arr)
	s := []int{1, 2, 3}
	for i := range s {
		s = s[:1]
		fmt.Print(i)
	}
	fmt.Println()
}
