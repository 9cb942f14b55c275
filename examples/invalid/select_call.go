// errorcheck

// The notes (003, "control flow") write the select statement as "select()",
// as if it were a function. select is a statement keyword: it takes no
// parentheses, just a block of cases. Corrected in examples/27_select.go:
//     select {
//     case msg := <-ch: ...
//     default: ...
//     }

package main

func main() {
	ch := make(chan int, 1)
	ch <- 1
	select() { // ERROR "syntax error: missing { after select clause"
	case <-ch:
	}
}
