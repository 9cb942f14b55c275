// run
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrS struct{ v int }

func (p *PtrS) String() string { return fmt.Sprint("PtrS=", p.v) }

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %d %s\n", Green, Green, Color(3))
	fmt.Println([]Color{Red, Green})
	p := PtrS{1}
	fmt.Println(p, &p)
}
