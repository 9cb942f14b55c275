// run
package main

import (
	"fmt"
	"strconv"
)

var n, err = strconv.Atoi("123")
var p, q = q0 + 1, q0
var q0 = 10

var _ = sideEffect()

func sideEffect() int { fmt.Println("blank var initialised"); return 0 }

func main() {
	fmt.Println(n, err, p, q)
}
