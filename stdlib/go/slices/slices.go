// Package slices: generic functions on slices of any type (Go 1.21; Concat from Go 1.22).
// Functions that remove elements zero the vacated tail, as Go 1.22 does.
package slices

import "cmp"

// Equal reports whether s1 and s2 have the same length and equal elements (NaNs differ).
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc is Equal with eq comparing the elements.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		if !eq(v1, s2[i]) {
			return false
		}
	}
	return true
}

// Compare compares the elements pairwise with cmp.Compare, then the lengths.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int {
	return CompareFunc(s1, s2, cmp.Compare[E])
}

// CompareFunc is Compare with c comparing the elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, c func(E1, E2) int) int {
	for i, v1 := range s1 {
		if i >= len(s2) {
			return +1
		}
		if r := c(v1, s2[i]); r != 0 {
			return r
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Index returns the index of the first element equal to v, or -1.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if s[i] == v {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element satisfying f, or -1.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether an element of s satisfies f.
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts v before s[i] (i == len(s) appends); it panics if s[i:] is not a valid
// slice expression. The result shares s's array when it has room.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:]
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if n+m > cap(s) {
		grown := append(s[:i], make(S, n+m-i)...)
		copy(grown[i:], v)
		copy(grown[i+m:], s[i:])
		return grown
	}
	// In place: v goes to the end (append copies it before anything moves, so v may share
	// s's array), then the tail s[i:n] rotates behind it.
	s = append(s, v...)
	rotateRight(s[i:], m)
	return s
}

// rotateRight moves the last k elements of s to its front, keeping both parts' orders.
func rotateRight[E any](s []E, k int) {
	reverse(s)
	reverse(s[:k])
	reverse(s[k:])
}

func reverse[E any](s []E) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Delete removes s[i:j]; it panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)]
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del returns true.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i < 0 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace replaces s[i:j] by v; it panics if j > len(s) or s[i:j] is not a valid slice of s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j]
	_ = s[j:] // j > len(s) is out of range too
	n := len(s)
	total := n - (j - i) + len(v)
	if total > cap(s) {
		grown := append(s[:i], make(S, total-i)...)
		copy(grown[i:], v)
		copy(grown[i+len(v):], s[j:])
		return grown
	}
	if len(v) > j-i {
		// Room to grow in place: keep v's values before the tail moves over them.
		v = append(S(nil), v...)
	}
	r := s[:total]
	copy(r[i+len(v):], s[j:])
	copy(r[i:], v)
	if total < n {
		clear(s[total:n])
	}
	return r
}

// Clone returns a copy of s with its own array (nil for nil).
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Compact replaces each run of equal elements by its first one.
func Compact[S ~[]E, E comparable](s S) S {
	return CompactFunc(s, func(a, b E) bool { return a == b })
}

// CompactFunc is Compact with eq comparing each element to the one before it.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	prev := s[0]
	for j := 1; j < len(s); j++ {
		v := s[j]
		if !eq(v, prev) {
			s[k] = v
			k++
		}
		prev = v
	}
	clear(s[k:])
	return s[:k]
}

// Grow makes room for n more elements without reallocation; it panics if n < 0.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if room := cap(s) - len(s); n > room {
		s = append(s[:cap(s)], make(S, n-room)...)[:len(s)]
	}
	return s
}

// Clip removes the unused capacity of s.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// Reverse reverses the elements of s in place.
func Reverse[S ~[]E, E any](s S) {
	reverse(s)
}

// Concat returns a new slice of the elements of all the slices (nil when there are none).
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	r := Grow[S](nil, size)
	for _, s := range slices {
		r = append(r, s...)
	}
	return r
}

// Min returns the smallest element (a NaN if any is); it panics on an empty slice.
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = min(m, v)
	}
	return m
}

// MinFunc returns the first minimal element by c; it panics on an empty slice.
func MinFunc[S ~[]E, E any](x S, c func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if c(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Max returns the largest element (a NaN if any is); it panics on an empty slice.
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		m = max(m, v)
	}
	return m
}

// MaxFunc returns the first maximal element by c; it panics on an empty slice.
func MaxFunc[S ~[]E, E any](x S, c func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if c(v, m) > 0 {
			m = v
		}
	}
	return m
}
