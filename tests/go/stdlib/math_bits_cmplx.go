// run
// Bit-exactness of package math/cmplx against go1.19: it is built on package math's Exp,
// Log, Pow, Atan2, Hypot and Sincos, and its NaN results carry Go's NaN bits (also the
// sign-flipped NaN that Pow's -imag(y) produces). FNV-1a hash of the result bits per
// function over 5000 arguments, plus samples.

package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var state = uint64(88172645463325252)

func rnd() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func part() float64 {
	r := rnd()
	v := float64(r>>11) / (1 << 53)
	switch r % 5 {
	case 0:
		return (v - 0.5) * 10
	case 1:
		return (v - 0.5) * 1000
	case 2:
		return []float64{0, math.Inf(1), math.Inf(-1), math.NaN(), 1, -1}[r%6]
	}
	return v - 0.5
}

type hash uint64

func (h *hash) add(c complex128) {
	for _, f := range []float64{real(c), imag(c)} {
		b := math.Float64bits(f)
		for i := 0; i < 8; i++ {
			*h = (*h ^ hash(b&0xff)) * 1099511628211
			b >>= 8
		}
	}
}

func run(name string, f func(a, b complex128) complex128) {
	state = 88172645463325252
	h := hash(14695981039346656037)
	for i := 0; i < 5000; i++ {
		a := complex(part(), part())
		h.add(f(a, complex(part(), part())))
	}
	fmt.Printf("%-6s %016x %v %v\n", name, uint64(h), f(complex(0.7, -2.5), complex(1.5, 0.25)), f(complex(-3, 4), complex(-0.5, 2)))
}

func main() {
	run("Exp", func(a, b complex128) complex128 { return cmplx.Exp(a) })
	run("Log", func(a, b complex128) complex128 { return cmplx.Log(a) })
	run("Pow", cmplx.Pow)
	run("Sqrt", func(a, b complex128) complex128 { return cmplx.Sqrt(a) })
	run("Abs", func(a, b complex128) complex128 { return complex(cmplx.Abs(a), cmplx.Phase(a)) })
	run("Polar", func(a, b complex128) complex128 {
		r, t := cmplx.Polar(a)
		return complex(r, t)
	})
	run("Rect", func(a, b complex128) complex128 { return cmplx.Rect(real(a), imag(b)) })
}
