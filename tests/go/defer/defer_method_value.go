// run
package main

import "fmt"

type T struct{ name string }

func (t T) Print()      { fmt.Println("value receiver:", t.name) }
func (t *T) PrintPtr()  { fmt.Println("pointer receiver:", t.name) }

func main() {
	t := T{"before"}
	defer t.Print()
	defer t.PrintPtr()
	t.name = "after"
}
