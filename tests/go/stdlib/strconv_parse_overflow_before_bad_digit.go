// run
// Found by the differential test: ParseInt parses the digits at bitSize, so "333x" at 8 bits
// is a range error (value 127), not a syntax error.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"333x", "3x", "-333x", "99999999999999999999x", "12", "300", "-129", "x1"} {
		n, err := strconv.ParseInt(s, 10, 8)
		fmt.Println(n, err)
		u, err := strconv.ParseUint(s, 16, 8)
		fmt.Println(u, err)
		a, err := strconv.Atoi(s)
		fmt.Println(a, err)
	}
}
