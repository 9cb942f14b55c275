// errorcheck minigo-only
// (the texts are go1.22's; go1.19 has no slices, maps or cmp, so it cannot cross-check them)
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(maps.Keys(m)) // ERROR "undefined: maps.Keys"
	fmt.Println(maps.Values(m)) // ERROR "undefined: maps.Values"
	var o cmp.Ordered // ERROR "cannot use type cmp.Ordered outside a type constraint: interface contains type constraints"
	sort := slices.Sort // ERROR "cannot use generic function slices.Sort without instantiation"
	fmt.Println(o, sort, slices.notThere) // ERROR "undefined: slices.notThere"
}
