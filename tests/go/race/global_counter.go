// run -race exit=66

// Two goroutines increment a global without synchronisation; `time.Sleep` orders them in
// time but is not synchronisation, so the detector reports the write-write race.
package main

import (
	"fmt"
	"time"
)

var counter int

func main() {
	go func() {
		counter++
	}()
	time.Sleep(100 * time.Millisecond)
	counter++
	fmt.Println(counter)
}
