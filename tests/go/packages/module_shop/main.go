package main

import (
	"fmt"

	"example.com/shop/internal/audit"
	"example.com/shop/inventory"
)

var opening = announce("main var")

func announce(s string) string {
	audit.Log(s)
	return s
}

func init() {
	audit.Log("main init")
}

func main() {
	s := inventory.New("north")
	s.Add("apple", 3)
	s.Add("pear", 1)
	fmt.Printf("%T %v\n", s, s)
	fmt.Printf("%T\n", *s)
	fmt.Println(s.Report())
	inventory.Limit = 5
	fmt.Println("limit", inventory.Limit, "stores", inventory.Stores)
	f := inventory.New
	fmt.Println(f("south").Report())
	audit.Dump()
	s.Add("plum", 9)
}
