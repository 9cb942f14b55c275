// run -race

// sync.Pool: a Put is synchronised before the Get that returns the same object. (Under
// -race Go's Put drops one object in four at random, so the Get may also come back empty.)
package main

import (
	"fmt"
	"sync"
	"time"
)

type buf struct{ n int }

func main() {
	var p sync.Pool
	go func() {
		b := &buf{}
		b.n = 5
		p.Put(b)
	}()
	time.Sleep(100 * time.Millisecond)
	if b, ok := p.Get().(*buf); ok && b.n != 5 {
		fmt.Println("wrong", b.n)
	}
	fmt.Println("ok")
}
