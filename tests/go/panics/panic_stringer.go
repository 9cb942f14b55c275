// run exit=2
package main

type S struct{ n int }

func (s S) String() string { return "stringer value" }

func main() {
	panic(S{1})
}
