// run
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", ""), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Fields(" multiple   spaces here "), len(strings.Split("", ",")))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Println(strings.Title("hello wide world"), strings.ToUpper("ß"), strings.ToLower("İ") == "i̇")
	fmt.Println(strings.Repeat("-", 10))
	fmt.Println(strings.ContainsRune("abc", 'd'), strings.HasPrefix("", ""), strings.Count("aaaa", "aa"))
}
