// run
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args[1:])
	fmt.Println(len(os.Args[0]) > 0)
}
