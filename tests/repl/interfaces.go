package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " woof" }

type Loud struct{ Dog }

// interfaces.in: interface values, embedding, method values, type switches and arrays
// across inputs.
func main() {
	var a Animal = Dog{"rex"}
	fmt.Println(a.Sound())
	l := Loud{Dog{"max"}}
	a = l
	fmt.Println(a.Sound())
	f := a.Sound
	fmt.Println(f())
	counter := 0
	inc := func() { counter++ }
	inc()
	inc()
	fmt.Println(counter)
	counter = 10
	inc()
	fmt.Println(counter)
	sw := func(v any) string {
		switch v.(type) {
		case Dog:
			return "dog"
		case Loud:
			return "loud"
		}
		return "?"
	}
	fmt.Println(sw(a))
	fmt.Println(sw(Dog{}))
	var arr [3]int
	arr[1] = 5
	arr2 := arr
	arr2[1] = 7
	fmt.Println(arr)
	fmt.Println(arr2)
	p := &arr
	p[2] = 9
	fmt.Println(arr)
}
