// run
// iota enums with Stringer, bit flags, typed constants, Stringer via pointer vs value receivers.
package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var names = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(names) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return names[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var parts []string
	for i, n := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			parts = append(parts, n)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%v(%d) weekend=%t\n", d, d, d.Weekend())
	}
	p := Read | Exec
	fmt.Println(p, Read|Write|Exec, Perm(0), p&^Read)
	fmt.Printf("%v %d %s %08b\n", Write, Write, Exec, p)
	fmt.Println(KB, MB, GB)
	fmt.Printf("%.0f %T\n", GB, GB)
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %s %+v\n", v, &v, []*Vec{&v})
	days := map[Weekday]int{Monday: 3, Friday: 1}
	fmt.Println(days)
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
	type Grade byte
	const (
		A Grade = 'A' + iota
		B
		C
	)
	fmt.Println(A, B, C, string(rune(C)))
}
