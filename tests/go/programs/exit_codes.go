// run exit=3
// os.Exit with a code skips deferred calls; os.Args length; output flushed before exit.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("args:", len(os.Args), os.Args[1:])
	if len(os.Args) > 5 {
		os.Exit(0)
	}
	fmt.Fprintln(os.Stderr, "error: something went wrong")
	os.Exit(3)
}
