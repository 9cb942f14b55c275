// run exit=2
// Unrecovered panic: failed type assertion on interface{} and on a non-empty interface.
package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}

func (Dog) Sound() string { return "woof" }

func main() {
	var x interface{} = "hello"
	if n, ok := x.(int); !ok {
		fmt.Println("not int:", n)
	}
	var a Animal = Dog{}
	fmt.Println(a.(Dog).Sound())
	fmt.Println(x.(int) + 1)
}
