// run
package main

import "fmt"

type Sayer interface{ Say() string }

type V struct{ s string }
type P struct{ s string }

func (v V) Say() string  { return "V:" + v.s }
func (p *P) Say() string { return "P:" + p.s }

func main() {
	var s Sayer = V{"val"}
	fmt.Println(s.Say())
	s = &V{"ptr-to-val"}
	fmt.Println(s.Say())
	s = &P{"ptr"}
	fmt.Println(s.Say())
	p := &P{"orig"}
	s = p
	p.s = "changed"
	fmt.Println(s.Say())
	v := V{"orig"}
	s = v
	v.s = "changed"
	fmt.Println(s.Say())
}
