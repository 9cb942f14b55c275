// run exit=2
// Unrecovered panic with a Stringer value and with an int: Go's panic value printing.
package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Err struct{ Msg string }

func main() {
	defer func() {
		r := recover()
		fmt.Println("first:", r)
		defer func() {
			fmt.Println("second:", recover())
			panic(Code(7))
		}()
		panic(Err{"boom"})
	}()
	panic(42)
}
