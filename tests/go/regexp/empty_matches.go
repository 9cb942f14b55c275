// run
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`a*`, `x*`, `\b`, `a|`, `|a`, `b*`, `^`, `$`, `(?m)^`, `(?m)$`, `a*?`, `é*`} {
		re := regexp.MustCompile(p)
		for _, s := range []string{"", "baaac", "abab", "aé b\nc"} {
			fmt.Printf("%-6s %-10q %v %q\n", p, s, re.FindAllStringIndex(s, -1), re.FindAllString(s, 2))
			fmt.Printf("       repl %q  split %q\n", re.ReplaceAllString(s, "<$0>"), re.Split(s, -1))
		}
	}
}
