// run
// os.LookupEnv tells an unset variable from a set one; Getenv of impossible names is "".
package main

import (
	"fmt"
	"os"
)

func main() {
	v, ok := os.LookupEnv("MINIGO_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	p, ok := os.LookupEnv("PATH")
	fmt.Println(ok, p == os.Getenv("PATH"), p != "")
	for _, k := range []string{"", "A=B", "X\x00Y"} {
		v, ok := os.LookupEnv(k)
		fmt.Printf("%q %q %v\n", os.Getenv(k), v, ok)
	}
}
