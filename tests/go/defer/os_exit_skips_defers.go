// run exit=3
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("before exit")
	os.Exit(3)
}
