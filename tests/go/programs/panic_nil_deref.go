// run exit=2
// Unrecovered panic: nil pointer dereference on a struct field.
package main

import "fmt"

type Config struct {
	Name  string
	Inner *Inner
}

type Inner struct{ Level int }

func level(c *Config) int {
	return c.Inner.Level
}

func main() {
	c := &Config{Name: "x", Inner: &Inner{3}}
	fmt.Println(level(c))
	c.Inner = nil
	fmt.Println(level(c))
}
