// run
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	big := 1 << 62
	try("map", func() { m := make(map[int]int, big); m[1] = 1 })
	try("builder", func() { var b strings.Builder; b.Grow(1 << 50) })
	try("buffer", func() { var b bytes.Buffer; b.Grow(1 << 50) })
	try("bufferneg", func() { var b bytes.Buffer; b.Grow(-5) })
	try("fields", func() { _ = strings.Fields(strings.Repeat(" a", 10)) })
	try("sprintf", func() { _ = fmt.Sprintf("%0*d", 1<<20, 1) })
}
