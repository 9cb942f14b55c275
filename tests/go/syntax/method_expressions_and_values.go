// run
package main

import "fmt"

type Num int

func (n Num) Add(m Num) Num   { return n + m }
func (n *Num) Inc()           { *n++ }

type Adder interface{ Add(Num) Num }

func main() {
	add := Num.Add
	inc := (*Num).Inc
	n := Num(1)
	inc(&n)
	fmt.Println(add(n, 10))
	bound := n.Add
	n = 100
	fmt.Println(bound(1))
	iadd := Adder.Add
	fmt.Println(iadd(Num(5), 5))
	pinc := (&n).Inc
	pinc()
	fmt.Println(n)
}
