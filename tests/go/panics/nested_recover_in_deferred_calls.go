// run
// Nested panics and recovers inside deferred calls: a deferred call that recovered a panic
// then recovers a second one raised in its own body or in a call it makes; a panic that
// aborts an earlier one; recovery after a re-panic; results of the recovering functions.

package main

import (
	"errors"
	"fmt"
)

func inner() {
	var m map[string]int
	m["a"] = 1
}

func recoverTwice() (r string) {
	defer func() {
		r = fmt.Sprint("first:", recover())
		defer func() { r += fmt.Sprint(" second:", recover()) }()
		inner()
	}()
	var p *int
	_ = *p
	return "unreached"
}

func abortEarlier() (r string) {
	defer func() { r = fmt.Sprint("outer got:", recover()) }()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func rePanic() (r string) {
	defer func() { r = fmt.Sprint("finally:", recover()) }()
	defer func() {
		v := recover()
		panic(fmt.Sprint("again ", v))
	}()
	panic(errors.New("original"))
}

func deep(n int) (r int) {
	defer func() {
		v := recover().(int)
		r = v * 10
		if n > 0 {
			defer func() { r += recover().(int) }()
			panic(deep(n - 1))
		}
	}()
	panic(n + 1)
}

func uncaughtInDefer() {
	defer func() {
		recover()
		defer func() {
			fmt.Println("recovering nothing:", recover())
		}()
	}()
	panic("x")
}

func recoverInCall() (r string) {
	defer func() {
		r = fmt.Sprint(recover())
		func() {
			defer func() { r += fmt.Sprint("|", recover()) }()
			panic("in a plain call")
		}()
		r += "|after"
	}()
	panic("top")
}

func main() {
	fmt.Println(recoverTwice())
	fmt.Println(abortEarlier())
	fmt.Println(rePanic())
	fmt.Println(deep(0), deep(1), deep(3))
	fmt.Println(recoverInCall())
	uncaughtInDefer()
	defer func() {
		fmt.Println("main got:", recover())
	}()
	defer func() {
		recover()
		panic("from the deferred call")
	}()
	panic("main")
}
