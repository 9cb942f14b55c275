// run
package main

import "fmt"

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	m := map[string]int{"a": 1, "b": 2}
	ch := make(chan int)
	func() {
		defer copy(dst, src)
		defer delete(m, "a")
		defer close(ch)
		defer print("print\n")
		defer println("println", 1, true)
		defer recover()
	}()
	_, ok := <-ch
	fmt.Println(dst, len(m), ok)
	done := make(chan int)
	go close(done)
	<-done
	defer func() { fmt.Println("recovered", recover()) }()
	defer panic("boom")
}
