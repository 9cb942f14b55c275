// run
// A Tour of Go: Vertex methods, pointer receivers, Abs, Scale, interfaces with nil values, Errors, Readers.
package main

import (
	"fmt"
	"io"
	"math"
	"strings"
)

type Vertex struct {
	X, Y float64
}

func (v Vertex) Abs() float64 { return math.Sqrt(v.X*v.X + v.Y*v.Y) }

func (v *Vertex) Scale(f float64) {
	v.X = v.X * f
	v.Y = v.Y * f
}

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Abser interface{ Abs() float64 }

type I interface{ M() }
type T struct{ S string }

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 10; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(b []byte) (int, error) {
	n, err := r.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	v := Vertex{3, 4}
	v.Scale(10)
	fmt.Println(v.Abs(), v)
	p := &v
	p.Scale(0.5)
	fmt.Println(p.Abs(), *p)
	var a Abser
	a = MyFloat(-math.Sqrt2)
	fmt.Printf("%.6f\n", a.Abs())
	a = &v
	fmt.Println(a.Abs())
	var i I
	var t *T
	i = t
	i.M()
	fmt.Printf("(%v, %T)\n", i, i)
	i = &T{"hello"}
	i.M()
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	s := strings.NewReader("Lbh penpxrq gur pbqr!")
	out, err := io.ReadAll(rot13Reader{s})
	fmt.Println(string(out), err)
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}
	pow := make([]int, 10)
	for i := range pow {
		pow[i] = 1 << uint(i)
	}
	for _, value := range pow {
		fmt.Printf("%d ", value)
	}
	fmt.Println()
}
