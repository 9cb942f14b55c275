// run
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recover without panic:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("nested recover:", recover())
		}()
		panic("inner")
	}()
	fmt.Println("main body")
}
