// run
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`,\s*`, `a*`, `x*`, ``, `b`, `\d`} {
		re := regexp.MustCompile(p)
		for _, s := range []string{"", "a, b,c", "banana", "abaabaccadaaae", "x1y22"} {
			for _, n := range []int{-1, 0, 1, 2, 3} {
				parts := re.Split(s, n)
				fmt.Printf("%q %q %d => %q nil=%v\n", p, s, n, parts, parts == nil)
			}
		}
	}
}
