// run procs=1,4
package main

import "fmt"

func safeGo(f func(), done chan<- string) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Sprint("recovered: ", r)
				return
			}
			done <- "ok"
		}()
		f()
	}()
}

func main() {
	done := make(chan string)
	safeGo(func() { panic("bad") }, done)
	fmt.Println(<-done)
	safeGo(func() {}, done)
	fmt.Println(<-done)
}
