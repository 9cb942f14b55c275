// run
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	defer func() { fmt.Println("closure runs first") }()
	fmt.Println("body")
}
