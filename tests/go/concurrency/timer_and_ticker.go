// run procs=1,4
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t2.Stop())
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after")
	}
}
