// run procs=1,4
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println(t.Stop(), t.Stop())
	fmt.Println(t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired", t.Stop(), t.Reset(time.Millisecond))
	<-t.C
	tk := time.NewTicker(2 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Reset(3 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker ok")
	var wg sync.WaitGroup
	wg.Add(1)
	af := time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("afterfunc ran")
		wg.Done()
	})
	wg.Wait()
	fmt.Println(af.Stop())
	af2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println(af2.Stop())
	time.Sleep(5 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	start := time.Now()
	<-time.After(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(90)*time.Second)
	fmt.Printf("%v %s %d\n", d, d, d)
	tm := time.Unix(1700000000, 0)
	fmt.Println(tm.Format(time.RFC3339), tm.Year(), tm.Month(), tm.Weekday())
	fmt.Println(tm.Add(time.Hour).Sub(tm), tm.Before(tm.Add(1)), tm.After(tm), tm.Equal(tm))
	var z time.Time
	fmt.Println(z.IsZero(), z.Unix())
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
	}
	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick ok")
}
