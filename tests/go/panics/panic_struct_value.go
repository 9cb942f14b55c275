// run exit=2
package main

type T struct{ A int }

func main() {
	panic(T{3})
}
