// errorcheck
package main

type I = int
type S = struct{}

func (I) M2() {} // ERROR "cannot define new methods on non-local type int"
func (S) M3() {} // ERROR "invalid receiver type struct{}"

type U struct{}
type UA = U

func (U) X()  {}
func (UA) X() {} // ERROR "U.X redeclared in this block"

func main() {}
