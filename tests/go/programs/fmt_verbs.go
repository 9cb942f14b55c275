// run
// fmt verbs, widths, flags and precision on many types, Sprintf/Fprintln/Errorf.
package main

import (
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Tags []string
	P    *Point
	M    map[string]int
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	n := Named{"n", []string{"a", "b"}, nil, map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	fmt.Printf("[%5d][%-5d][%05d][%+d][%x][%X][%#x][%o][%#o][%b]\n", 42, 42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("[%8.3f][%-8.2f][%e][%E][%g][%G][%.0f][%+.1f]\n", 3.14159, 2.5, 123456.789, 0.000123, 1e21, 1e-7, 2.5, -0.05)
	fmt.Printf("[%s][%10s][%-10s][%.2s][%q][%x][% X]\n", "go", "go", "go", "gopher", "a\"b", "hey", "hey")
	fmt.Printf("[%c][%U][%q][%d]\n", 'G', 'G', 'G', 'G')
	fmt.Printf("[%t][%v][%p]\n", true, nil, nil)
	fmt.Printf("[%v][%d][%s][%x]\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"}, []byte("AB"))
	fmt.Printf("[%v][%v][%v]\n", map[string]int{"b": 2, "a": 1}, [2]bool{true}, struct{}{})
	fmt.Printf("%v %d %s %x\n", Green, Green, Blue, Red)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%*d|%-*d|\n", 6, 7, 4, 8)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	var ip *int
	var e error
	fmt.Printf("%v %v %T %T\n", ip, e, ip, e)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stdout, "%v %v\n", int8(-5), uint16(65535))
	fmt.Printf("%v %.3v %10.4v|\n", 1.0, 3.14159, 2.0/3)
	fmt.Printf("%v %v\n", float32(0.1), 0.1+0.2)
	fmt.Printf("%x %X %#v %#v\n", -1, "Hi", []string{"a"}, map[string]bool{"t": true})
	fmt.Printf("%v %+v\n", complex(1, -2), 3i)
	err := fmt.Errorf("op %q failed: code %d", "read", 5)
	fmt.Println(err)
	fmt.Printf("%08.3f|%-8.3f|%+08d|% d\n", 3.14159, 3.14159, 42, 42)
}
