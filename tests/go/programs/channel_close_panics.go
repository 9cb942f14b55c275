// run exit=2
// Recovered channel misuse panics: close of nil/closed channel, send on closed; then an unrecovered one.
package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			var re interface{ RuntimeError() }
			fmt.Printf("%s: %v (runtime error: %v)\n", name, err, errors.As(err, &re))
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("double close", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("receive from closed", func() {
		c := make(chan int, 2)
		c <- 7
		close(c)
		v, ok := <-c
		w, ok2 := <-c
		fmt.Println(v, ok, w, ok2)
	})
	try("slice bounds", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[1:i])
	})
	try("make negative", func() {
		n := -1
		_ = make([]int, n)
	})
	try("custom panic", func() {
		panic(fmt.Sprintf("bad value %d", 42))
	})
	try("array index", func() {
		var a [4]int
		idx := 4
		a[idx%8] = 1
	})
	try("string index", func() {
		s := "abc"
		n := 10
		_ = s[n]
	})
	try("conversion", func() {
		var x interface{} = 3.5
		_ = x.(string)
	})
	c := make(chan bool)
	close(c)
	close(c)
}
