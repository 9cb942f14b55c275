// run
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
