// run exit=2
package main

import "fmt"

type S struct{}

func (S) String() string { return "s" }

func main() {
	var st fmt.Stringer = S{}
	_ = st.(*S)
}
