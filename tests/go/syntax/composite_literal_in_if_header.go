// run
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	if p := (P{1, 2}); p.X < p.Y {
		fmt.Println("paren literal in if", p)
	}
	if (P{1, 2}) == (P{1, 2}) {
		fmt.Println("compared literals")
	}
	for _, v := range []P{{3, 4}} {
		fmt.Println(v)
	}
	switch (P{5, 6}) {
	case P{5, 6}:
		fmt.Println("switch on literal")
	}
	for i := (P{0, 2}).X; i < (P{0, 2}).Y; i++ {
		fmt.Println("for", i)
	}
}
