package main

import "fmt"

func f1() int { return 1 }
func f2() int { return 2 }

type T1 struct{ A int }
type T2 struct{ B string }

func main() {
	k := 10
	fmt.Println(k)
	k2 := "s"
	fmt.Println(k2 + "!")
	x := 1
	x2 := x + 1
	fmt.Println(x2)
	s := []int{1, 2}
	s2 := append(s, 3)
	fmt.Println(s2)
	fmt.Println(f1())
	fmt.Println(f2())
	t := T1{A: 5}
	fmt.Println(t)
	fmt.Println(T2{B: "new"})
	var t2 T2
	fmt.Println(t2.B == "")
	const c = 3
	fmt.Println(c * c)
	const c2 = "three"
	fmt.Println(c2)
	var (
		a    = 1
		b, d = "two", 3.5
	)
	fmt.Println(a)
	fmt.Println(b)
	fmt.Println(d)
}
