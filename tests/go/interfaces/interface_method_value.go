// run
package main

import "fmt"

type Greeter interface{ Greet(string) string }
type En struct{}
type Fr struct{}

func (En) Greet(n string) string { return "hello " + n }
func (Fr) Greet(n string) string { return "bonjour " + n }

func main() {
	var g Greeter = En{}
	f := g.Greet
	g = Fr{}
	fmt.Println(f("a"), g.Greet("b"))
	h := Greeter.Greet
	fmt.Println(h(Fr{}, "c"))
}
