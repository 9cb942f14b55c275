// run
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "s", nil, nil))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(""), "end")
	s := fmt.Sprintf("%d-%s", 1, "x")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(1.0, 2), fmt.Sprint('a', 'b'))
}
