// run
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k > 3 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; {
		i++
	}
	fmt.Println(i)
	for range []int{1, 2} {
		fmt.Print("r")
	}
	fmt.Println()
	for i := range [3]struct{}{} {
		fmt.Print(i)
	}
	fmt.Println()
}
