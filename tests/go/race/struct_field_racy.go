// run -race exit=66

// The same field through two pointers to one struct: a write-write race.
package main

import (
	"fmt"
	"time"
)

type point struct{ X, Y int }

func set(p *point, v int) {
	p.X = v
}

func main() {
	p := &point{}
	q := p
	go set(p, 1)
	time.Sleep(100 * time.Millisecond)
	set(q, 2)
	fmt.Println(p.X)
}
