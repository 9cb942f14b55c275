// run
package main

import "fmt"

type Base struct {
	ID int `key:"id"`
}

type Rec struct {
	*Base `embed:"yes"`
	Name  string `json:"name"`
	_     int
	a, b  int
}

func main() {
	r := Rec{Base: &Base{ID: 1}, Name: "x"}
	r.a, r.b = 2, 3
	fmt.Println(r.ID, r.Name, r.a+r.b)
}
