// run
package main

import (
	"fmt"
	"strings"
)

type T struct{ s string }

func (t T) Get() string  { return "get " + t.s }
func (t *T) Set(x string) { t.s = x }

type Named interface{ Name() string }
type N string

func (n N) Name() string { return strings.ToUpper(string(n)) }

func main() {
	get := struct{ T }.Get
	fmt.Println(get(struct{ T }{T{"a"}}))
	set := (*struct{ T }).Set
	v := struct{ T }{T{"b"}}
	set(&v, "c")
	fmt.Println(v.s, (*struct{ T }).Get(&v))
	setp := struct{ *T }.Set
	t := &T{"d"}
	setp(struct{ *T }{t}, "e")
	fmt.Println(t.s, struct {
		x int
		*T
	}.Get(struct {
		x int
		*T
	}{1, t}))
	name := interface{ Name() string }.Name
	fmt.Println(name(N("n")))
	emb := interface {
		Named
		fmt.Stringer
	}.Name
	fmt.Println(emb(NS("x")))
	str := struct{ Named }.Name
	fmt.Println(str(struct{ Named }{N("y")}))
}

type NS string

func (n NS) Name() string   { return "NS:" + string(n) }
func (n NS) String() string { return string(n) }
