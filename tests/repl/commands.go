package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

var unit = Rect{1, 1}

func describe(s Shape) string { return fmt.Sprintf("area %.1f", s.Area()) }

// The REPL session in commands.in; `:help` and `:goroutines` print the REPL's own text.
func main() {
	fmt.Print(`Type Go statements, expressions and declarations; an expression's value is printed.
Standard packages need no import. Commands:
  :help           this text
  :type expr      the static type of expr
  :goroutines     the live goroutines, as Go's traceback shows them
  :load file.go   add the file's declarations to the session (its main is not run)
  :reset          forget every declaration and variable (running goroutines go on)
  :quit           leave (also Ctrl-D)
`)
	fmt.Println(describe(Rect{2, 3}))
	fmt.Println(unit)
	fmt.Print("goroutine 2 [chan receive]:\nmain.main.func1()\n\trepl.go:1 +0x0\ncreated by main.main\n\trepl.go:1 +0x0\n\n")
	y := 1
	fmt.Println(y)
}
