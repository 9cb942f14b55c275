// run
package main

import "fmt"

type Logger interface{ Log(string) string }

type prefix struct{ p string }

func (p prefix) Log(s string) string { return p.p + s }

type Service struct {
	Logger
	name string
}

func main() {
	s := Service{prefix{"> "}, "svc"}
	fmt.Println(s.Log("hello"))
	var l Logger = s
	fmt.Println(l.Log("via iface"))
}
