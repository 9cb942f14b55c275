// run
package main

import (
	"encoding/json"
	"fmt"
)

type P struct{ N int }

func (p *P) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

type W struct {
	V P
	Q *P
}

type A struct{ Name string }
type B struct{ Name string }
type C struct {
	A
	B
	X int `json:"x"`
}
type D struct {
	*A
	Y int
}
type Cyc struct{ Next *Cyc }

func main() {
	b, err := json.Marshal(&W{V: P{1}, Q: &P{2}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(W{V: P{1}})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(C{A{"a"}, B{"b"}, 1})
	fmt.Println(string(b))
	b, _ = json.Marshal(D{Y: 2})
	fmt.Println(string(b))
	var d D
	fmt.Println(json.Unmarshal([]byte(`{"Name":"n","Y":3}`), &d), d.A.Name, d.Y)
	c := &Cyc{}
	c.Next = c
	_, err = json.Marshal(c)
	fmt.Println(err)
	var x struct{ F float32 }
	fmt.Println(json.Unmarshal([]byte(`{"F": 1e40}`), &x), x.F)
	b, _ = json.Marshal(struct{ F float32 }{3.4e38})
	fmt.Println(string(b))
}
