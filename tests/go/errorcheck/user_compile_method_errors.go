// errorcheck
// Compile errors: type does not implement interface (pointer receiver), wrong argument count.
package main

import "fmt"

type Speaker interface{ Speak() string }

type Cat struct{}

func (c *Cat) Speak() string { return "meow" }

func add(a, b int) int { return a + b }

func main() {
	var s Speaker = Cat{} // ERROR "Cat does not implement Speaker \((Speak method|method Speak) has pointer receiver\)"
	fmt.Println(s.Speak())
	fmt.Println(add(1)) // ERROR "not enough arguments in call to add"
}
