// run
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("NAME", "gopher")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"hello $NAME", "${NAME}s", "$$ and $1 and ${*}", "${} ${ unclosed", "$", "a$", "$NAME$NAME", "${NAME:-x}", "cost: $5", "$UNSET_VAR_X|", "${EMPTY}|", "no dollars"} {
		fmt.Printf("%q\n", os.ExpandEnv(s))
	}
	calls := []string{}
	out := os.Expand("$a-${b}-$c_d.${1}", func(k string) string { calls = append(calls, k); return strings.ToUpper(k) })
	fmt.Println(out, calls)
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0, os.Geteuid() == os.Getuid(), os.Getgid() >= 0, os.Getegid() >= 0, os.Getpagesize())
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), os.DevNull, string(os.PathSeparator), string(os.PathListSeparator))
}
