// run procs=1,4
package main

import "fmt"

func main() {
	go func() {
		for {
		}
	}()
	block := make(chan int)
	go func() {
		<-block
		fmt.Println("never printed")
	}()
	fmt.Println("main returns")
}
