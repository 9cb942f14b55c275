// errorcheck
package main

type T struct{ x int }

func main() {
	var t T
	t.Foo() // ERROR "t.Foo undefined \(type T has no field or method Foo\)"
	_ = t.y // ERROR "t.y undefined \(type T has no field or method y\)"
}
