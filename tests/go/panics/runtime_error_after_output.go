// run exit=2
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("partial line without newline")
	fmt.Fprintln(os.Stderr, "stderr line")
	var arr []int
	idx := 0
	arr[idx]++
}
