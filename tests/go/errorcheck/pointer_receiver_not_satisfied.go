// errorcheck
package main

type I interface{ M() }
type T struct{}

func (*T) M() {}

func main() {
	var i I = T{} // ERROR "T does not implement I \((M method|method M) has pointer receiver\)"
	_ = i
}
