// run -race exit=66

// Each race here is made inside Go's runtime, whose function heads the report's stack: the
// map functions gc picks by key and value type, channel send and close, copy, append and
// a struct converted to an interface.
package main

import (
	"fmt"
	"time"
)

type pair struct{ a, b int32 }
type big struct{ x [20]int }
type point struct{ x, y float64 }

func pause() { time.Sleep(50 * time.Millisecond) }

func main() {
	m32 := map[int32]int{}
	go func() { m32[1] = 1 }()
	pause()
	_ = m32[2]

	mp := map[*int]int{}
	go func() { _, _ = mp[nil] }()
	pause()
	mp[nil] = 1

	mf := map[float64]string{}
	go func() { delete(mf, 1.5) }()
	pause()
	mf[2.5] = "x"

	ms := map[pair]bool{}
	go func() { ms[pair{1, 2}] = true }()
	pause()
	delete(ms, pair{1, 2})

	mb := map[string]big{}
	go func() { mb["k"] = big{} }()
	pause()
	_, ok := mb["k"]

	mi := map[int]int{}
	go func() { _, _ = mi[3] }()
	pause()
	delete(mi, 3)

	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	pause()
	close(ch)

	src := []int{1, 2, 3}
	go func() { src[0] = 9 }()
	pause()
	dst := make([]int, 3)
	copy(dst, src)

	grow := make([]int, 2, 2)
	go func() { grow[1] = 5 }()
	pause()
	grow = append(grow, 3)

	p := point{1, 2}
	go func() { p.x = 3 }()
	pause()
	var any interface{} = p

	pause()
	fmt.Println(ok, dst, grow, any)
}
