// run

// Method values of standard-library types: bound at evaluation (value receivers copied),
// called later, passed as func values, deferred and started as goroutines.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"
)

func apply(f func(string) (int, error), s string) {
	n, err := f(s)
	fmt.Println("wrote", n, err)
}

func main() {
	var sb strings.Builder
	write := sb.WriteString
	apply(write, "hello, ")
	apply(write, "world")
	fmt.Println(sb.String(), sb.Len())

	var buf bytes.Buffer
	wb := buf.WriteByte
	for _, c := range []byte("abc") {
		wb(c)
	}
	fmt.Println(buf.String())

	d := 1500 * time.Millisecond
	str := d.String // value receiver: d is copied now
	d = 2 * time.Second
	fmt.Println(str(), d)

	t := time.Unix(1709980200, 0)
	unix, add := t.Unix, t.Add
	t = t.Add(time.Hour)
	fmt.Println(unix(), add(time.Second).Unix(), t.Unix())

	var mu sync.Mutex
	var wg sync.WaitGroup
	lock, unlock, done := mu.Lock, mu.Unlock, wg.Done
	total := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(k int) {
			defer done()
			lock()
			defer unlock()
			total += k
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)

	wg.Add(1)
	go done()
	wg.Wait()
	fmt.Println("go with a method value")
}
