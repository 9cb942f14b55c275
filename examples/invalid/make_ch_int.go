// errorcheck

// Snippet from the notes (003, "Channel types"), exactly as written:
//     ch := make(ch int)
// "ch" is not a type (and "ch int" is not an expression); the channel type
// is spelled "chan int". Corrected in examples/20_make_channels.go:
//     ch := make(chan int)

package main

func main() {
	ch := make(ch int) // ERROR "syntax error: unexpected int in argument list; possibly missing comma or \)"
	_ = ch
}
