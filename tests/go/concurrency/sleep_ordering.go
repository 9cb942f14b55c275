// run procs=1,4
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string, 3)
	for _, d := range []int{300, 100, 200} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- fmt.Sprint("slept ", d)
		}(d)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
}
