// run
package main

import (
	"fmt"
	str "strings"
	. "unicode"
	_ "os"
)

type (
	ID   int
	Name string
	Pair struct {
		a ID
		b Name
	}
)

const (
	one = 1
	two = 2
)

var (
	x, y = one, two
	z    Pair
)

func main() {
	z = Pair{ID(x), Name(str.ToUpper("n"))}
	fmt.Println(x, y, z, IsUpper('Q'))
}
