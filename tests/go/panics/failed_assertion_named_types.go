// run exit=2
package main

type T struct{}
type I interface{ M() }

func main() {
	var e interface{} = T{}
	_ = e.(I)
}
