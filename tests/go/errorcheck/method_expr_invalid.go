// errorcheck
package main

type T struct{ s string }

func (t *T) Set(x string) { t.s = x }

type E struct{ T }

func main() {
	_ = T.Set              // ERROR col=8 "cannot call pointer method Set on T|invalid method expression T.Set"
	_ = E.Set              // ERROR col=8 "cannot call pointer method Set on E|invalid method expression E.Set"
	_ = T.Nope             // ERROR col=8 "T.Nope undefined \(type T has no field or method Nope\)"
	_ = struct{ T }.Set    // ERROR col=18 "cannot call pointer method Set on struct{T}|invalid method expression struct{T}.Set"
	_ = interface{ m() }.n // ERROR col=23 "interface{m\(\)}.n undefined \(type interface{m\(\)} has no field or method n\)"
	_ = (*E).Set
}
