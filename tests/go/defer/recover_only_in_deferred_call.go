// run
package main

import "fmt"

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		r := helper()
		fmt.Println("helper got:", r)
		r = recover()
		fmt.Println("direct got:", r)
	}()
	panic("p1")
}

func deferredHelper() {
	defer helperDeferred()
	panic("p2")
}

func helperDeferred() {
	fmt.Println("recover called directly by deferred function:", recover())
}

func main() {
	indirect()
	deferredHelper()
	fmt.Println("done")
}
