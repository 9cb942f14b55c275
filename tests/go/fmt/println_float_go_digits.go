// run exit=2

// The builtin println and panic print floats with the runtime's own printfloat: seven
// digits from repeated division and an added 5e-7, not correctly rounded, so ties and
// near-ties keep Go's digit (404571.75 prints +4.045717e+005, not ...718).
package main

func main() {
	for _, v := range []float64{
		-629741.7635966098, 8810.332, 1.6835685323605174e-99, 404571.75,
		2.113262892981683e+18, 2.1132628604139602e+18, 243511.75, 7.622306534618119e-105,
		33465.875, -1.7127094534572274e-58, 1.1932115e+06, 2.4264138382318483e-93,
		191333.35, -2.7276567698334177e+36, 1.7289625e+06, -1.5522375477576109e+116,
		5.1040565e+06, -38056.37506770332, 1023.9311926605504, 9.9999995, 0.99999995,
		5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, 1, -0.5, 123456789,
	} {
		println(v, float32(v), complex(v, -v/3))
	}
	var zero float64
	println(zero, -zero, 1/zero, -1/zero, zero/zero)
	panic(-629741.7635966098)
}
