// run
package main

import (
	"bytes"
	"fmt"
	"log"
	"time"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "ts ", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	l.Print("hello")
	line := buf.String()
	want := "ts " + time.Now().UTC().Format("2006/01/02") + " "
	fmt.Println(line[:len(want)] == want, len(line), line[len(line)-6:])
}
