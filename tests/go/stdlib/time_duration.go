// run
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes())
	fmt.Println(time.Duration(1500)*time.Millisecond, 2*time.Second+300*time.Millisecond)
	fmt.Println(time.Duration(0), time.Nanosecond, time.Microsecond*3, time.Duration(1234567890))
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 10*time.Millisecond, el < 5*time.Second)
	fmt.Printf("%v %d %T\n", time.Second, time.Second, time.Second)
}
