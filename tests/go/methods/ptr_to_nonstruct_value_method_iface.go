// run
package main

import "fmt"

type N int

func (n N) V() int { return int(n) * 2 }

type L []int

func (l L) V() int { return len(l) }

type VI interface{ V() int }

func main() {
	n := N(21)
	var v VI = &n
	fmt.Println(v.V())
	l := L{1, 2}
	v = &l
	fmt.Println(v.V())
	f := v.V
	fmt.Println(f())
}
