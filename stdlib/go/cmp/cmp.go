// Package cmp: the ordered types and their three-way comparison (Go 1.21, Or from Go 1.22).
package cmp

// Ordered is the set of types that support the operators < <= >= >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x < y; a NaN is less than any other value, -0.0 equals 0.0. (Only a
// NaN is not equal to itself.)
func Less[T Ordered](x, y T) bool {
	return x < y || (x != x && y == y)
}

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than y; NaNs are equal
// to each other and less than any other value.
func Compare[T Ordered](x, y T) int {
	if x < y {
		return -1
	}
	if x > y {
		return +1
	}
	if x == y {
		return 0
	}
	// a NaN is involved
	xNaN, yNaN := x != x, y != y
	if xNaN && yNaN {
		return 0
	}
	if xNaN {
		return -1
	}
	return +1
}

// Or returns the first of its arguments that is not the zero value, else the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
